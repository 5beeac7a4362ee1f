namespace Novel.Translation;

/// <summary>What a run would do, computed without sending anything (a dry run).</summary>
/// <param name="Untranslated">Paragraphs and titles without a translation.</param>
/// <param name="FromMemory">How many of them the translation memory already has.</param>
/// <param name="Copied">How many hold no Chinese and would be copied as they are.</param>
/// <param name="ToSend">Distinct texts that would be sent.</param>
/// <param name="Requests">Requests needed if every reply is good.</param>
/// <param name="SourceCharacters">Characters of original text that would be sent.</param>
/// <param name="RequestCharacters">Characters of request bodies (prompt, context and glossary included).</param>
public sealed record TranslationPlan(int Untranslated, int FromMemory, int Copied, int ToSend, int Requests, long SourceCharacters, long RequestCharacters);
