package warta

import (
	"errors"
	"fmt"
)

// Error kinds. Each maps to one HTTP status in package web and to an exit
// status in the command line.
const (
	ErrInvalid  = "invalid"   // the input is malformed or not allowed
	ErrNotFound = "not_found" // the thing asked for does not exist
	ErrConflict = "conflict"  // the request conflicts with what is stored
	ErrInternal = "internal"  // anything else
)

// Error is an error of a known kind with a message fit for a user.
type Error struct {
	Kind    string
	Message string
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error of the given kind.
func Errorf(kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// ErrorKind returns the kind of the first *Error in err's chain, ErrInternal
// when there is none, and "" for a nil error.
func ErrorKind(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ErrInternal
}
