using Novel.Epub;

namespace Novel.Building;

/// <summary>What <c>novel build</c> was asked to do.</summary>
public sealed record BuildRequest
{
    /// <summary>The book folder.</summary>
    public required string BookDirectory { get; init; }

    /// <summary>The EPUB to write.</summary>
    public required string OutputPath { get; init; }

    /// <summary>How originals and translations are laid out.</summary>
    public EpubLayout Layout { get; init; } = EpubLayout.Bilingual;

    /// <summary>A second layout written next to the first from the same run, or null.</summary>
    public EpubLayout? AlsoLayout { get; init; }

    /// <summary>
    /// Write a set of volumes of at most this many chapters each (<see cref="VolumeSplitter"/>) instead of one book:
    /// <c>novel.epub</c> becomes <c>novel-1.epub</c>, <c>novel-2.epub</c>, … Null writes one book.
    /// </summary>
    public int? SplitEvery { get; init; }

    /// <summary>Fail when a chapter's pairing is misaligned or has low-confidence beads.</summary>
    public bool Strict { get; init; }

    /// <summary>Where to write the JSON report, or null for none.</summary>
    public string? ReportPath { get; init; }

    /// <summary>Overrides book.yml's <c>cleaning.author-notes</c> when set.</summary>
    public bool? DropAuthorNotes { get; init; }

    /// <summary>The value of <c>SOURCE_DATE_EPOCH</c>, or null to use the newest input file's time.</summary>
    public string? SourceDateEpoch { get; init; }
}
