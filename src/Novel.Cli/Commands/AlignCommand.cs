using CommandLine;
using Novel.Alignment;
using Novel.Loading;

namespace Novel.Cli.Commands;

/// <summary>Options of <c>novel align ORIGINAL TRANSLATION [--unit paragraph|line|sentence] [--glossary FILE] [--machine-translation FILE]</c>.</summary>
[Verb("align", HelpText = "Align an original with its translation and print one bead a line as [i,j]:[k] (0-based unit indices).")]
internal sealed record AlignOptions
{
    /// <summary>The original text file (either side may be the Chinese one).</summary>
    [Value(0, MetaName = "ORIGINAL", Required = true, HelpText = "The original text (Chinese, or English with a Chinese translation): UTF-8, GB18030 or Big5.")]
    public string Original { get; init; } = string.Empty;

    /// <summary>The translation text file.</summary>
    [Value(1, MetaName = "TRANSLATION", Required = true, HelpText = "The translation (English, or Chinese for an English original): UTF-8, GB18030 or Big5.")]
    public string Translation { get; init; } = string.Empty;

    /// <summary>What one unit is: paragraph, line or sentence.</summary>
    [Option("unit", Default = "paragraph", HelpText = "Unit of alignment: paragraph (blank-line separated), line (each line as given; index = 0-based line number, blank lines skipped) or sentence.")]
    public string Unit { get; init; } = "paragraph";

    /// <summary>An optional glossary file: one <c>原文=translation</c> (or tab-separated) entry a line.</summary>
    [Option("glossary", HelpText = "Glossary file: one 'original=translation' or tab-separated entry a line; '#' starts a comment.")]
    public string? Glossary { get; init; }

    /// <summary>An optional file with a machine translation of each original unit, cut into units the same way.</summary>
    [Option("machine-translation", HelpText = "A machine translation of ORIGINAL into the translation's language, one unit for each unit of ORIGINAL (cut the same way): beads then also score by word overlap with it, as Bleualign does.")]
    public string? MachineTranslation { get; init; }
}

/// <summary>Runs <c>novel align</c>.</summary>
internal static class AlignCommand
{
    /// <summary>Aligns the two files and prints the beads; 0 on success, 1 for unreadable input, 2 for bad options.</summary>
    public static int Run(AlignOptions o, TextWriter stdout, TextWriter stderr)
    {
        if (!Enum.TryParse<UnitKind>(o.Unit.TrimEnd('s'), ignoreCase: true, out var unit) || !Enum.IsDefined(unit))
        {
            stderr.WriteLine($"novel align: unknown --unit '{o.Unit}' (use paragraph, line or sentence)");
            return 2;
        }

        try
        {
            var original = TextUnitReader.Read(TextDecoder.Decode(File.ReadAllBytes(o.Original), o.Original), unit, isOriginal: true);
            var translation = TextUnitReader.Read(TextDecoder.Decode(File.ReadAllBytes(o.Translation), o.Translation), unit, isOriginal: false);
            var glossary = o.Glossary is null ? new Dictionary<string, string>() : ReadGlossary(o.Glossary);
            var machine = o.MachineTranslation is null
                ? null
                : TextUnitReader.Read(TextDecoder.Decode(File.ReadAllBytes(o.MachineTranslation), o.MachineTranslation), unit, isOriginal: false).Select(u => u.Text).ToList();
            if (machine is not null && machine.Count != original.Count)
            {
                stderr.WriteLine($"novel align: {o.MachineTranslation} has {machine.Count} units, ORIGINAL has {original.Count}");
                return 2;
            }

            var beads = new ParagraphAligner(new AlignerOptions { Glossary = glossary, MachineTranslation = machine })
                .Align(original.Select(u => u.Text).ToList(), translation.Select(u => u.Text).ToList());
            foreach (var bead in beads)
            {
                var mapped = new AlignmentBead(bead.Source.Select(i => original[i].Index).ToList(), bead.Target.Select(j => translation[j].Index).ToList(), bead.Confidence);
                stdout.WriteLine(BeadFormat.Format(mapped));
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NovelInputException)
        {
            stderr.WriteLine($"novel align: {e.Message}");
            return 1;
        }
    }

    private static Dictionary<string, string> ReadGlossary(string path)
    {
        var glossary = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cut = line.IndexOfAny(['\t', '=']);
            if (cut <= 0 || cut == line.Length - 1)
            {
                throw new NovelInputException(path, "expected 'original=translation'", n + 1);
            }

            glossary[line[..cut].Trim()] = line[(cut + 1)..].Trim();
        }

        return glossary;
    }
}
