using Novel.Epub;
using Novel.Model;

namespace Novel.Tests.Epub;

/// <summary>Book identifiers come from the metadata, else from a name-based UUID that depends only on title and author.</summary>
public sealed class EpubIdentifierTests
{
    [Fact]
    public void NameBasedUuid_MatchesTheRfcVersion5Algorithm()
    {
        // The DNS namespace and the name "www.example.com", as Python's uuid.uuid5 computes it.
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", EpubIdentifier.NameBasedUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com"));
    }

    [Fact]
    public void For_DerivesTheSameUrnUuid_FromTheSameTitleAndAuthor()
    {
        var metadata = new BookMetadata { Title = "重生之AI时代", Author = "孟凡" };

        var identifier = EpubIdentifier.For(metadata);

        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", identifier);
        Assert.Equal(identifier, EpubIdentifier.For(metadata with { TranslatedTitle = "Reborn in the Age of AI" }));
        Assert.NotEqual(identifier, EpubIdentifier.For(metadata with { Author = "另一位作者" }));
        Assert.NotEqual(identifier, EpubIdentifier.For(metadata with { Title = "重生之AI时代2" }));
    }

    [Fact]
    public void For_UsesTheMetadataIdentifier_WhenThereIsOne()
    {
        var metadata = new BookMetadata { Title = "重生之AI时代", Identifier = " urn:isbn:9787020002207 " };

        Assert.Equal("urn:isbn:9787020002207", EpubIdentifier.For(metadata));
    }
}
