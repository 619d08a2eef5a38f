using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Model;

public sealed record Role(string Id, LocalizedText Name, LocalizedText Description, SourceLocation Location);
