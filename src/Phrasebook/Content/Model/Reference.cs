using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Model;

/// <summary>An id written somewhere (related:, processes:, replaced_by:), kept with its place for "unknown id" errors.</summary>
public sealed record Reference(string Id, SourceLocation Location);
