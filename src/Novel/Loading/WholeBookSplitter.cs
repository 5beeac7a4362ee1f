using System.Collections.Concurrent;
using Novel.Cleaning;
using Novel.Model;

namespace Novel.Loading;

/// <summary>
/// Splits a whole book held in one text into chapters. Chapter and volume titles are found by
/// <see cref="ChapterTitlePattern"/>; a volume title becomes the <see cref="LoadedChapter.Volume"/> of the chapters after
/// it; a heading repeated with nothing but blanks and rules between counts once; a bare heading (<c>第三回</c>) whose
/// name sits on a later line after a rule (<c>-----</c>) gets that name; a Project Gutenberg header and footer are
/// dropped. Text before the first heading is returned as <see cref="SplitResult.Front"/>. Hard-wrapped paragraphs
/// are then re-joined by <see cref="HardWrapJoiner"/>. Every split, join and removal is reported as a
/// <see cref="CleaningEvent"/>. Runs in time linear in the text's length.
/// </summary>
public static class WholeBookSplitter
{
    private const int MaxLateNameLength = 40;
    private const int MeasureChunk = 4096;
    private const int ParallelDrafts = 16;

    /// <summary>Splits a decoded whole-book text.</summary>
    /// <param name="text">The book's text.</param>
    /// <param name="path">The file it came from, for locations.</param>
    /// <returns>The chapters, the front text and the events.</returns>
    public static SplitResult Split(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);

        var lines = Measure(text);
        var events = new List<CleaningEvent>();
        var (start, end) = GutenbergFrame.Find(lines);
        ReportRemoved(lines, 0, start, "gutenberg-header", path, events);

        var front = new ChapterDraft(null, 0, null);
        var drafts = new List<ChapterDraft>();
        var current = front;
        string? volume = null;
        string? pendingPrefix = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var location = new SourceLocation(path, line.Number);
            if (line.IsBlank)
            {
                if (!current.BridgingRule)
                {
                    current.Add(line);
                }

                continue;
            }

            if (current.IsNearHeading && IsRule(line.Text))
            {
                RemoveHeadingRule(current, line, location, events);
                continue;
            }

            current.BridgingRule = false;

            if (ChapterTitlePattern.Match(line.Text) is { } title)
            {
                if (IsRepeat(current, title))
                {
                    current.Title = title.Name.Length > current.Title!.Name.Length ? title : current.Title;
                    events.Add(new CleaningEvent(CleaningAction.Removed, "split-repeated-heading", location, line.Text));
                    continue;
                }

                if (title.Volume is { } lineVolume)
                {
                    volume = lineVolume;
                    events.Add(new CleaningEvent(CleaningAction.ChapterSplit, "split-volume", location, line.Text, lineVolume));
                }

                if (title.Kind == TitleKind.Volume)
                {
                    volume = title.Text;
                    events.Add(new CleaningEvent(CleaningAction.ChapterSplit, "split-volume", location, line.Text, title.Text));
                }
                else
                {
                    events.Add(new CleaningEvent(CleaningAction.ChapterSplit, "split-title", location, line.Text, title.Text));
                }

                current = new ChapterDraft(title, line.Number, volume);
                drafts.Add(current);
                pendingPrefix = SpillOf(title, line, path, events);
                continue;
            }

            if (current.Title is { Name.Length: 0 } bare && current.SawRuleAfterHeading && IsAfterHeading(current) && IsLateName(line.Text))
            {
                var name = ChapterTitlePattern.Match(bare.Label + "\u3000" + line.Text) ?? bare;
                current.Title = name;
                events.Add(new CleaningEvent(CleaningAction.Joined, "split-title-after-rule", location, line.Text, name.Text));
                continue;
            }

            if (pendingPrefix is not null)
            {
                // Story text the title line carried starts this line, unless this line opens a paragraph of its own.
                if (line.IsIndented)
                {
                    current.Add(RawLine.Synthetic(current.HeadingLine, pendingPrefix));
                }
                else
                {
                    line = RawLine.From(line.Number, string.Concat(pendingPrefix, line.Raw.Span).AsMemory());
                }

                pendingPrefix = null;
            }

            current.Add(line);
        }

        ReportRemoved(lines, end, lines.Length, "gutenberg-footer", path, events);
        return Assemble(front, drafts, path, events);
    }

    /// <summary>
    /// True when at least two lines of the text read as chapter or volume titles: a text with fewer is split into
    /// fewer than two chapters, so it is no whole book. Cheap: only lines that may start a title are copied.
    /// </summary>
    internal static bool MayHoldChapters(string text)
    {
        var titles = 0;
        foreach (var (_, raw) in LineSplitter.Split(text))
        {
            var line = LineText.TrimSpan(raw.Span);
            if (ChapterTitlePattern.MayMatch(line) && ChapterTitlePattern.Match(line.ToString()) is not null && ++titles == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static SplitResult Assemble(ChapterDraft front, List<ChapterDraft> drafts, string path, List<CleaningEvent> events)
    {
        var joiner = HardWrapJoiner.For(drafts.Count > 0 ? drafts : [front]);

        // Each chapter's wrapped lines are joined on all cores; its join events follow the split's in chapter order.
        var joined = new (List<SourceLine> Lines, List<CleaningEvent> Events)?[drafts.Count];
        void JoinDraft(int i)
        {
            // A volume heading with no text of its own only names the chapters after it.
            if (drafts[i].Title is not { Kind: TitleKind.Volume } || drafts[i].HasText)
            {
                var joinEvents = new List<CleaningEvent>();
                joined[i] = (joiner.Join(drafts[i].Body, path, joinEvents), joinEvents);
            }
        }

        if (drafts.Count < ParallelDrafts)
        {
            for (var i = 0; i < drafts.Count; i++)
            {
                JoinDraft(i);
            }
        }
        else
        {
            Parallel.For(0, drafts.Count, JoinDraft);
        }

        var chapters = new List<LoadedChapter>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (joined[i] is not { } body)
            {
                continue;
            }

            var draft = drafts[i];
            events.AddRange(body.Events);
            chapters.Add(new LoadedChapter(draft.Title?.Text, body.Lines, new SourceLocation(path, draft.HeadingLine))
            {
                Number = draft.Title is { Kind: TitleKind.Chapter } t ? t.Number : null,
                Volume = draft.Volume,
            });
        }

        LoadedChapter? frontChapter = null;
        var hasProse = false;
        if (front.HasText)
        {
            var frontLines = joiner.Join(front.Body, path, events);
            frontChapter = new LoadedChapter(null, frontLines, new SourceLocation(path, frontLines[0].Source.Line));
            hasProse = frontLines.Any(l => l.Text.Length > 30 || l.Text.AsSpan().IndexOfAny("。．！？!?") >= 0);
        }

        var ordered = IsOrdered(events) ? events : events.OrderBy(e => e.Source.Line).ToList(); // stable: events on one line keep their order
        return new SplitResult(chapters, frontChapter, ordered) { FrontHasProse = hasProse };
    }

    private static bool IsOrdered(List<CleaningEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].Source.Line < events[i - 1].Source.Line)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Story text the title line carried (<c>話說…</c>, or a lone <c>話</c>): reported, and returned to start the next line.</summary>
    private static string? SpillOf(TitleLine title, RawLine line, string path, List<CleaningEvent> events)
    {
        if (title.Spill is not { } spill)
        {
            return null;
        }

        events.Add(new CleaningEvent(CleaningAction.Cut, "split-title-spill", new SourceLocation(path, line.Number), spill, title.Text));
        return spill;
    }

    /// <summary>
    /// Drops a rule under a heading. When story text already stands above it (a hard wrap put the first words on the
    /// title line), the rule and the blanks around it do not end that paragraph.
    /// </summary>
    private static void RemoveHeadingRule(ChapterDraft draft, RawLine line, SourceLocation location, List<CleaningEvent> events)
    {
        draft.SawRuleAfterHeading = true;
        events.Add(new CleaningEvent(CleaningAction.Removed, "split-rule", location, line.Text));
        if (draft.HasText)
        {
            draft.TrimTrailingBlanks();

            draft.BridgingRule = true;
        }
    }

    private static bool IsAfterHeading(ChapterDraft draft) => draft.Title is not null && !draft.HasText;

    private static bool IsRepeat(ChapterDraft current, TitleLine title) =>
        current.Title is { } previous && !current.HasText && previous.Kind == title.Kind && previous.Label == title.Label
        && (previous.Name == title.Name || previous.Name.Length == 0 || title.Name.Length == 0);

    private static bool IsLateName(string text) =>
        text.Length <= MaxLateNameLength && text.AsSpan().IndexOfAny("。．，,；;：:！？!?“”\"") < 0 && !ChapterTitlePattern.IsTitle(text);

    /// <summary>A line of one repeated rule character (<c>-----</c>, <c>=====</c>, <c>*****</c>, <c>──</c>).</summary>
    internal static bool IsRule(string text)
    {
        if (text.Length < 3 || "-=*_~—─━·.＝－＊".IndexOf(text[0], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != text[0] && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text's lines, each trimmed and measured; the lines are many and independent, so all cores share them.</summary>
    private static RawLine[] Measure(string text)
    {
        var slices = LineSplitter.Split(text).ToList();
        var lines = new RawLine[slices.Count];
        void MeasureRange(Tuple<int, int> range)
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                lines[i] = RawLine.From(slices[i].Number, slices[i].Text);
            }
        }

        if (lines.Length <= MeasureChunk)
        {
            MeasureRange(Tuple.Create(0, lines.Length)); // a small text: not worth the threads
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, lines.Length, MeasureChunk), MeasureRange);
        }

        return lines;
    }

    private static void ReportRemoved(RawLine[] lines, int from, int to, string ruleId, string path, List<CleaningEvent> events)
    {
        for (var i = from; i < to; i++)
        {
            if (!lines[i].IsBlank)
            {
                events.Add(new CleaningEvent(CleaningAction.Removed, ruleId, new SourceLocation(path, lines[i].Number), lines[i].Text));
            }
        }
    }
}
