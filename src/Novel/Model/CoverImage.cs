namespace Novel.Model;

/// <summary>A cover image held in memory.</summary>
/// <param name="FileName">The file name to store it under (for example <c>cover.jpg</c>).</param>
/// <param name="MediaType">Its media type (<c>image/jpeg</c>, <c>image/png</c>, …).</param>
/// <param name="Bytes">The image's bytes.</param>
public sealed record CoverImage(string FileName, string MediaType, byte[] Bytes);
