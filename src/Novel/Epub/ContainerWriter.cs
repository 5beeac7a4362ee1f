namespace Novel.Epub;

/// <summary>Writes <c>META-INF/container.xml</c>, which points reading systems at the package document.</summary>
internal static class ContainerWriter
{
    /// <summary>The container document's bytes.</summary>
    public static byte[] Write()
    {
        using var container = EpubXmlWriter.Document(EpubNamespaces.Container);
        container.Start("container").Attribute("version", "1.0").Line();
        container.Start("rootfiles").Line();
        container.Start("rootfile").Attribute("full-path", EpubPaths.Package).Attribute("media-type", "application/oebps-package+xml")
            .EndEmpty().Line();
        container.End().Line();
        container.End().Line();
        return container.ToArray();
    }
}
