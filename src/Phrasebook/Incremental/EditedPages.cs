using System.Collections.Frozen;

namespace Phrasebook.Incremental;

/// <summary>The pages a term edit changes (see TermEdit.AffectedPages), in the order the preview renders them.</summary>
/// <param name="Own">The edited terms' own pages and code pages: what the editor is looking at.</param>
/// <param name="All">Those and every page that depends on them.</param>
/// <param name="Languages">The languages in which the edit changes what a page can show of an edited term (LanguageView).</param>
/// <param name="SearchLanguages">The languages whose search files the edit changes.</param>
public sealed record EditedPages(FrozenSet<string> Own, FrozenSet<string> All, FrozenSet<string> Languages, FrozenSet<string> SearchLanguages);
