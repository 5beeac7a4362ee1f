using System.Collections.Concurrent;

namespace Novel.Tests.Rendering;

/// <summary>A class fixture that opens each test book's EPUB once and shares it between the tests of a class.</summary>
public sealed class BuiltEpubs
{
    private readonly ConcurrentDictionary<string, Lazy<EpubPackage>> packages = new();

    /// <summary>The EPUB of the test book <paramref name="name"/>; skips (locally) or fails (on CI) when it could not be built.</summary>
    internal EpubPackage Get(string name)
    {
        var epub = RenderTestBooks.Get(name).EpubOrSkip();
        return packages.GetOrAdd(name, _ => new Lazy<EpubPackage>(() => EpubPackage.Open(epub))).Value;
    }
}
