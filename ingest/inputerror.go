package ingest

import "errors"

// InputError names an input that failed and the cause. Path is the file as
// the user named it, or "path:LINE" when one record of the file failed.
type InputError struct {
	Path string
	Err  error
}

// Error returns "PATH: cause".
func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// Causes that callers may test for with errors.Is.
var (
	// ErrEmpty is the cause for an input with no content at all, or only
	// white space.
	ErrEmpty = errors.New("empty file")
	// ErrUnsupported is the cause for content that is binary or in a format
	// Reader does not read.
	ErrUnsupported = errors.New("unsupported or binary content")
	// ErrTooLarge is the cause for a record, line or page above
	// Reader.MaxRecordBytes, or a file that decompresses to more than
	// Reader.MaxDecodedBytes.
	ErrTooLarge = errors.New("too large")
	// ErrNoBody is the cause for a record that has no body field, or an
	// empty one.
	ErrNoBody = errors.New("no body")
	// ErrLoop is the cause for a directory reached through a symbolic link
	// that leads back to one of its own ancestors.
	ErrLoop = errors.New("symbolic link loop")
)
