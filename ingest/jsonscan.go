package ingest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// maxJSONDepth bounds the nesting of a JSON value.
const maxJSONDepth = 10000

// jsonScanner splits a stream of JSON text into values without decoding
// them, counting lines as it goes. It keeps at most limit bytes of a value:
// a larger one is scanned to its end and reported as too large, so that the
// values after it can still be read. It checks only what it needs to find a
// value's end (strings, brackets); encoding/json validates the rest.
type jsonScanner struct {
	br    *bufio.Reader
	line  int // line of the read position, from 1
	limit int64
	buf   []byte
	stack []byte
}

// errSyntax marks a structural error after which no later value can be found.
var errSyntax = errors.New("json syntax")

func (s *jsonScanner) syntax(format string, args ...any) error {
	return fmt.Errorf("%w: line %d: %s", errSyntax, s.line, fmt.Sprintf(format, args...))
}

func (s *jsonScanner) readByte() (byte, error) {
	c, err := s.br.ReadByte()
	if c == '\n' && err == nil {
		s.line++
	}
	return c, err
}

// peek skips white space and returns the next byte without consuming it.
func (s *jsonScanner) peek() (byte, error) {
	for {
		c, err := s.readByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		s.br.UnreadByte()
		return c, nil
	}
}

// expect skips white space and consumes one of the bytes in want, which it
// returns.
func (s *jsonScanner) expect(want string, what string) (byte, error) {
	c, err := s.peek()
	if err == io.EOF {
		return 0, s.syntax("unexpected end of input, expected %s", what)
	}
	if err != nil {
		return 0, err
	}
	for i := 0; i < len(want); i++ {
		if c == want[i] {
			s.readByte()
			return c, nil
		}
	}
	return 0, s.syntax("unexpected %q, expected %s", c, what)
}

// value reads the next value, after white space. raw holds its bytes, or
// is nil when the value is larger than the limit; size is its length.
// raw is valid until the next call.
func (s *jsonScanner) value() (raw []byte, size int64, err error) {
	if _, err := s.peek(); err != nil {
		if err == io.EOF {
			return nil, 0, s.syntax("unexpected end of input, expected a value")
		}
		return nil, 0, err
	}
	s.buf = s.buf[:0]
	s.stack = s.stack[:0]
	keep := func(c byte) {
		size++
		if size <= s.limit {
			s.buf = append(s.buf, c)
		}
	}
	inString, escaped := false, false
	for {
		c, err := s.readByte()
		if err == io.EOF {
			if len(s.stack) == 0 && !inString && size > 0 {
				break // a scalar at the very end
			}
			return nil, size, s.syntax("unexpected end of input inside a value")
		}
		if err != nil {
			return nil, size, err
		}
		if inString {
			keep(c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
				if len(s.stack) == 0 {
					return s.result(size)
				}
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			if len(s.stack) >= maxJSONDepth {
				return nil, size, s.syntax("nesting deeper than %d", maxJSONDepth)
			}
			if c == '{' {
				s.stack = append(s.stack, '}')
			} else {
				s.stack = append(s.stack, ']')
			}
		case '}', ']':
			if len(s.stack) == 0 {
				// The end of the enclosing container: a scalar ends here.
				s.br.UnreadByte()
				return s.result(size)
			}
			if want := s.stack[len(s.stack)-1]; c != want {
				return nil, size, s.syntax("unexpected %q, expected %q", c, want)
			}
			s.stack = s.stack[:len(s.stack)-1]
			keep(c)
			if len(s.stack) == 0 {
				return s.result(size)
			}
			continue
		case ',', ':', ' ', '\t', '\r', '\n':
			if len(s.stack) == 0 {
				if c == '\n' {
					s.line--
				}
				s.br.UnreadByte()
				return s.result(size)
			}
		}
		keep(c)
	}
	return s.result(size)
}

func (s *jsonScanner) result(size int64) ([]byte, int64, error) {
	if size == 0 {
		c, _ := s.br.ReadByte()
		return nil, 0, s.syntax("unexpected %q, expected a value", c)
	}
	if size > s.limit {
		return nil, size, nil
	}
	return s.buf, size, nil
}
