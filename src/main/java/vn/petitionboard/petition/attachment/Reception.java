package vn.petitionboard.petition.attachment;

/** What became of one file the browser sent. */
public sealed interface Reception {

    /** The cleaned name, for the user's eyes ("" when the browser sent none). */
    String fileName();

    /** Checked and staged on disk. */
    record Received(ReceivedFile file) implements Reception {

        @Override
        public String fileName() {
            return file.fileName();
        }
    }

    /** Refused for a rule the user can read ({@code messageKey} takes the file name as {0}); nothing is kept. */
    record Refused(String fileName, String messageKey) implements Reception {

        /** The key of a file declared, or sent, over {@link Attachments#MAX_BYTES}: HTTP 413 rather than 422. */
        public static final String TOO_LARGE = "validation.attachment.tooLarge";
    }

    /** The bytes stopped coming (the user removed the file, or the line broke); nothing is kept. */
    record Interrupted(String fileName) implements Reception {
    }
}
