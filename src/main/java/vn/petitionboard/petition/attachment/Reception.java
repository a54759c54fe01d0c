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

        /** The browser declared, or sent, more than {@link Attachments#MAX_BYTES}. */
        public boolean tooLarge() {
            return "validation.attachment.tooLarge".equals(messageKey);
        }
    }

    /** The bytes stopped coming (the user removed the file, or the line broke); nothing is kept. */
    record Interrupted(String fileName) implements Reception {
    }
}
