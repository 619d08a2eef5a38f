@echo off
rem The `phrasebook` command on Windows, as ./phrasebook on Linux and macOS: builds the command line
rem (src\Phrasebook.Cli) once in Release into .phrasebook\bin beside this file, reuses that build
rem until the sources change, and runs it with the arguments given, from any folder. The change
rem stamp is the number, total size and newest write time of the files under src (without bin and
rem obj), themes\default, schemas, Directory.*.props and .vscode. PHRASEBOOK_REBUILD=1 forces a build.
setlocal
set "REPO=%~dp0"
set "REPO=%REPO:~0,-1%"
set "CACHE=%REPO%\.phrasebook"
set "BIN=%CACHE%\bin"
set "DOTNET_CLI_TELEMETRY_OPTOUT=1"
set "DOTNET_NOLOGO=1"
where dotnet >nul 2>nul || (echo phrasebook: the .NET 10 SDK is missing ^(no dotnet on PATH^): install it first, see https://dot.net 1>&2 & exit /b 2)

set "STAMP="
for /f "usebackq delims=" %%h in (`powershell -NoProfile -ExecutionPolicy Bypass -Command "Set-Location -LiteralPath '%REPO%'; $n=0; $s=0; $t=0; foreach ($x in @(Get-ChildItem -File -Recurse -Path src,themes\default,schemas) + @(Get-Item -Path Directory.*.props,global.json,.vscode\*.json -ErrorAction SilentlyContinue)) { if ($x.FullName -notlike '*\bin\*' -and $x.FullName -notlike '*\obj\*') { $n++; $s += $x.Length; $t = [Math]::Max($t, $x.LastWriteTimeUtc.Ticks) } }; Write-Output ('{0}-{1}-{2}' -f $n, $s, $t)"`) do set "STAMP=%%h"

set "OLD="
if exist "%BIN%\.stamp" set /p OLD=<"%BIN%\.stamp"
if not "%PHRASEBOOK_REBUILD%"=="1" if exist "%BIN%\Phrasebook.Cli.dll" if "%OLD%"=="%STAMP%" goto run

echo phrasebook: building the command line in Release (first run, or the sources changed) ... 1>&2
if exist "%CACHE%\bin.new" rmdir /s /q "%CACHE%\bin.new"
dotnet publish "%REPO%\src\Phrasebook.Cli\Phrasebook.Cli.csproj" -c Release -o "%CACHE%\bin.new" -v q -nologo 1>&2
if errorlevel 1 (
  echo phrasebook: the command line did not build ^(see above^); the sources in %REPO%\src have an error 1>&2
  exit /b 3
)
>"%CACHE%\bin.new\.stamp" echo %STAMP%
if exist "%BIN%" rmdir /s /q "%BIN%"
move "%CACHE%\bin.new" "%BIN%" >nul

:run
set "PHRASEBOOK_COMMAND=%~f0"
dotnet "%BIN%\Phrasebook.Cli.dll" %*
exit /b %ERRORLEVEL%
