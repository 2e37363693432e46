package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// containerKeys are keys under which a JSON object holds its records, as
// in {"status": "ok", "articles": [...]}.
var containerKeys = map[string]bool{
	"articles": true, "items": true, "data": true, "results": true,
	"entries": true, "documents": true, "docs": true, "records": true,
	"posts": true, "news": true, "berita": true, "artikel": true,
}

// readJSON reads a .json file: one or more top-level values in a row, each
// an array of records, an object holding an array of records under a
// container key, or a record. Arrays are streamed element by element.
//
// A syntax error ends the reading, since no later value can be found
// reliably: before any record it fails the file, after some records it
// fails the record where it happened.
func (in *input) readJSON() error {
	s := &jsonScanner{br: in.br, line: 1, limit: in.limit}
	err := in.jsonValues(s)
	if err == nil {
		return nil
	}
	if !errors.Is(err, errSyntax) {
		if errors.Is(err, errEmit) {
			return errors.Unwrap(err)
		}
		return in.fileError(err)
	}
	if in.records == 0 {
		return in.fileError(fmt.Errorf("parse json: %w", err))
	}
	in.recordFailed(s.line, fmt.Errorf("parse json: %w; rest of file not read", err))
	return nil
}

// errEmit wraps an error from emit, to be returned as is.
var errEmit = errors.New("emit")

type emitError struct{ err error }

func (e emitError) Error() string        { return e.err.Error() }
func (e emitError) Unwrap() error        { return e.err }
func (e emitError) Is(target error) bool { return target == errEmit }

func (in *input) jsonValues(s *jsonScanner) error {
	for {
		c, err := s.peek()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch c {
		case '[':
			s.readByte()
			if err := in.jsonArray(s); err != nil {
				return err
			}
		case '{':
			if err := in.jsonObject(s); err != nil {
				return err
			}
		default:
			return s.syntax("unexpected %q, expected an object or an array", c)
		}
	}
}

// jsonArray reads the elements of an array whose '[' is consumed, each a
// record.
func (in *input) jsonArray(s *jsonScanner) error {
	if c, err := s.peek(); err == nil && c == ']' {
		s.readByte()
		return nil
	}
	for {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		if _, err := s.peek(); err != nil && err != io.EOF {
			return err
		}
		line := s.line
		raw, size, err := s.value()
		if err != nil {
			return err
		}
		if err := in.jsonRecord(raw, size, line); err != nil {
			return err
		}
		if c, err := s.expect(",]", "',' or ']' after an array element"); err != nil {
			return err
		} else if c == ']' {
			return nil
		}
	}
}

// capturedValue is a member of a top-level object kept for later.
type capturedValue struct {
	raw  []byte
	line int
}

// jsonObject reads a top-level object. Arrays under container keys are
// streamed as records; the other members are kept, and when no container
// was found the object is itself a record.
func (in *input) jsonObject(s *jsonScanner) error {
	s.readByte() // '{'
	line := s.line
	members := make(map[string]capturedValue)
	var order []string
	var total int64
	containers := 0
	if c, err := s.peek(); err == nil && c == '}' {
		s.readByte()
		return in.objectRecord(members, order, total, line)
	}
	for {
		raw, _, err := s.value()
		if err != nil {
			return err
		}
		var key string
		if err := json.Unmarshal(raw, &key); err != nil {
			return s.syntax("object key is not a string")
		}
		if _, err := s.expect(":", "':' after an object key"); err != nil {
			return err
		}
		c, err := s.peek()
		if err != nil {
			return s.syntax("unexpected end of input, expected a value")
		}
		if c == '[' && containerKeys[strings.ToLower(key)] {
			s.readByte()
			containers++
			if err := in.jsonArray(s); err != nil {
				return err
			}
		} else {
			vline := s.line
			raw, size, err := s.value()
			if err != nil {
				return err
			}
			total += size
			if raw != nil && total <= in.limit {
				if _, dup := members[key]; !dup {
					order = append(order, key)
				}
				members[key] = capturedValue{raw: bytes.Clone(raw), line: vline}
			}
		}
		if c, err := s.expect(",}", "',' or '}' after an object member"); err != nil {
			return err
		} else if c == '}' {
			break
		}
	}
	if containers > 0 {
		return nil
	}
	return in.objectRecord(members, order, total, line)
}

// objectRecord handles a top-level object without a container key: it is a
// record, unless it has no body and holds exactly one array of objects, which
// is then taken as its records.
func (in *input) objectRecord(members map[string]capturedValue, order []string, total int64, line int) error {
	if total > in.limit {
		in.records++
		in.recordFailed(line, in.tooLarge("object"))
		return nil
	}
	m := make(map[string]any, len(members))
	var arrays []string
	for _, k := range order {
		var v any
		if err := decodeJSON(members[k].raw, &v); err != nil {
			in.records++
			in.recordFailed(line, fmt.Errorf("parse json: member %q: %w", k, err))
			return nil
		}
		m[k] = v
		if a, ok := v.([]any); ok && len(a) > 0 {
			if _, ok := a[0].(map[string]any); ok {
				arrays = append(arrays, k)
			}
		}
	}
	if _, _, hasBody := pick(mapLookup(m), roleBody); !hasBody && len(arrays) == 1 {
		c := members[arrays[0]]
		sub := &jsonScanner{br: bufio.NewReader(bytes.NewReader(c.raw)), line: c.line, limit: in.limit}
		sub.readByte() // '['
		return in.jsonArray(sub)
	}
	return in.record(m, line)
}

// jsonRecord decodes one array element, a record.
func (in *input) jsonRecord(raw []byte, size int64, line int) error {
	if raw == nil {
		in.records++
		in.recordFailed(line, in.tooLarge(fmt.Sprintf("record of %s", byteSize(size))))
		return nil
	}
	var v any
	if err := decodeJSON(raw, &v); err != nil {
		in.records++
		in.recordFailed(line, fmt.Errorf("parse json: %w", err))
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		in.records++
		in.recordFailed(line, fmt.Errorf("array element is %s, not an object", jsonKind(v)))
		return nil
	}
	return in.record(m, line)
}

// record turns a decoded object into a Document and emits it.
func (in *input) record(m map[string]any, line int) error {
	in.records++
	d, err := buildDocument(mapLookup(m), recordInfo{base: in.base, n: in.records, origin: in.at(line), format: in.format})
	if err != nil {
		in.recordFailed(line, err)
		return nil
	}
	if err := in.emit(d); err != nil {
		return emitError{err}
	}
	return nil
}

// readJSONLines reads one JSON value per line: an object is a record, an
// array is a list of records. A bad line fails on its own.
func (in *input) readJSONLines() error {
	lr := &lineReader{br: in.br, limit: in.limit}
	for {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		line, n, err := lr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return in.fileError(fmt.Errorf("line %d: %w", lr.line+1, err))
		}
		if line == nil {
			in.records++
			in.recordFailed(lr.line, in.tooLarge(fmt.Sprintf("line of %s", byteSize(n))))
			continue
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var v any
		if err := decodeJSON(line, &v); err != nil {
			in.records++
			in.recordFailed(lr.line, fmt.Errorf("parse json: %w", err))
			continue
		}
		var err2 error
		switch v := v.(type) {
		case map[string]any:
			err2 = in.record(v, lr.line)
		case []any:
			for _, e := range v {
				m, ok := e.(map[string]any)
				if !ok {
					in.records++
					in.recordFailed(lr.line, fmt.Errorf("array element is %s, not an object", jsonKind(e)))
					continue
				}
				if err2 = in.record(m, lr.line); err2 != nil {
					break
				}
			}
		default:
			in.records++
			in.recordFailed(lr.line, fmt.Errorf("line is %s, not an object", jsonKind(v)))
		}
		if err2 != nil {
			return errors.Unwrap(err2)
		}
	}
}

// decodeJSON decodes exactly one JSON value, keeping numbers as text.
// Input that is not valid UTF-8 is first decoded by decodeText's rules, so
// that a Windows-1252 dump keeps its accented letters.
func decodeJSON(raw []byte, v *any) error {
	if !utf8.Valid(raw) {
		s, err := decodeText(raw)
		if err != nil {
			return err
		}
		raw = []byte(s)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		if err == io.EOF {
			return errors.New("no value")
		}
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the value")
	}
	return nil
}

// jsonKind names the type of a decoded value: "a string", "a number".
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
