namespace Phrasebook.Markdown.Syntax;

/// <summary>A heading of a Markdown body: its level, the id its element gets, and its text without markup.</summary>
public sealed record Heading(int Level, string Id, string Text);
