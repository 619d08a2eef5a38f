using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Model;

/// <param name="Folder">The folder under input/industries/ that holds the industry's terms.</param>
public sealed record Industry(string Id, string Folder, LocalizedText Name, LocalizedText Description, SourceLocation Location);
