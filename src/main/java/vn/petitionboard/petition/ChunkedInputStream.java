package vn.petitionboard.petition;

import java.io.InputStream;
import java.util.function.IntFunction;

/** Reads pieces 0, 1, 2, … in turn; a null piece is the end. */
final class ChunkedInputStream extends InputStream {

    private final IntFunction<byte[]> chunks;
    private byte[] current = new byte[0];
    private int position;
    private int next;
    private boolean ended;

    ChunkedInputStream(IntFunction<byte[]> chunks) {
        this.chunks = chunks;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            byte[] chunk = chunks.apply(next++);
            if (chunk == null) {
                ended = true;
                current = new byte[0];
                return -1;
            }
            current = chunk;
            position = 0;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, count);
        position += count;
        return count;
    }
}
