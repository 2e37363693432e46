package ingest

import (
	"bufio"
	"bytes"
	"io"
)

// lineReader reads lines of at most limit bytes, counting them. A longer
// line is consumed to its end without being kept.
type lineReader struct {
	br    *bufio.Reader
	limit int64
	line  int // number of the last line returned, from 1
	buf   []byte
}

// next returns the next line without its "\n" or "\r\n", and its full
// length. When the length is above the limit, the line is nil. At the end
// of input next returns io.EOF; a last line without "\n" is still a line.
func (lr *lineReader) next() (line []byte, n int64, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.br.ReadSlice('\n')
		n += int64(len(chunk))
		if n <= lr.limit+2 {
			lr.buf = append(lr.buf, chunk...)
		}
		switch err {
		case nil:
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			if n == 0 {
				return nil, 0, io.EOF
			}
		default:
			return nil, n, err
		}
		lr.line++
		if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
			n--
			if len(lr.buf) > 0 {
				lr.buf = lr.buf[:len(lr.buf)-1]
			}
		}
		lr.buf = bytes.TrimSuffix(lr.buf, []byte("\r"))
		if n > lr.limit {
			return nil, n, nil
		}
		return lr.buf, n, nil
	}
}
