package web

import (
	"errors"
	"net/http"

	"github.com/warta-news/warta"
)

// statusByKind is the one table from error kinds to HTTP status codes.
var statusByKind = map[string]int{
	warta.ErrInvalid:  http.StatusBadRequest,
	warta.ErrNotFound: http.StatusNotFound,
	warta.ErrConflict: http.StatusConflict,
	warta.ErrInternal: http.StatusInternalServerError,
}

// internalMessage replaces the text of internal errors in responses.
const internalMessage = "internal error: the server could not complete the request"

// statusOf returns the HTTP status for err and the message a client may see.
// Internal errors get a generic message: their text is for the log only.
func statusOf(err error) (int, string) {
	kind := warta.ErrorKind(err)
	status, ok := statusByKind[kind]
	if !ok || kind == warta.ErrInternal {
		return http.StatusInternalServerError, internalMessage
	}
	var e *warta.Error
	if errors.As(err, &e) && e.Message != "" {
		return status, e.Message
	}
	return status, http.StatusText(status)
}

// fail answers r with err: a JSON error for the API, an error page for the
// UI. Internal errors are logged with their full text.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := statusOf(err)
	if status == http.StatusInternalServerError {
		s.logger().Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.failStatus(w, r, status, msg)
}

// failStatus answers r with status and msg, in the form the route calls for.
func (s *Server) failStatus(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if wantsJSON(r) {
		s.writeJSON(w, r, status, errorBody{Error: msg})
		return
	}
	s.renderError(w, r, status, msg)
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error string `json:"error"`
}

// invalidf returns an error of kind invalid, for bad request parameters.
func invalidf(format string, args ...any) error {
	return warta.Errorf(warta.ErrInvalid, format, args...)
}

// notFoundf returns an error of kind not_found.
func notFoundf(format string, args ...any) error {
	return warta.Errorf(warta.ErrNotFound, format, args...)
}
