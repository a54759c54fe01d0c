package vn.petitionboard.petition;

/** A stored attachment, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
