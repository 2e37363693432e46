package web

import (
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on request parameters.
const (
	maxIDBytes    = 256  // an article or storyline id
	maxQueryBytes = 1000 // a search query or speaker name
	defaultLimit  = 20   // search results when the request names no limit
	maxLimit      = 200  // search results at most
)

// pathID returns the {id} path value of r, checked: not empty, not too long,
// valid UTF-8 without control characters. Ids that pass may still name
// nothing; the store says so.
func pathID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	switch {
	case id == "":
		return "", invalidf("missing id")
	case len(id) > maxIDBytes:
		return "", invalidf("id is %d bytes long, more than %d", len(id), maxIDBytes)
	case !utf8.ValidString(id):
		return "", invalidf("id %q is not valid UTF-8", id)
	case strings.IndexFunc(id, unicode.IsControl) >= 0:
		return "", invalidf("id %q has control characters", id)
	}
	return id, nil
}

// queryParam returns the trimmed query parameter name of r, checked like an
// id but allowed to be empty.
func queryParam(r *http.Request, name string) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	switch {
	case len(v) > maxQueryBytes:
		return "", invalidf("parameter %s is %d bytes long, more than %d", name, len(v), maxQueryBytes)
	case !utf8.ValidString(v):
		return "", invalidf("parameter %s is not valid UTF-8", name)
	case strings.ContainsRune(v, 0):
		return "", invalidf("parameter %s has a NUL byte", name)
	}
	return v, nil
}

// limitParam returns the limit parameter of r: defaultLimit when absent,
// else a whole number from 1 to maxLimit.
func limitParam(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return defaultLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxLimit {
		if len(v) > 20 {
			v = v[:20] + "…"
		}
		return 0, invalidf("parameter limit %q is not a number from 1 to %d", v, maxLimit)
	}
	return n, nil
}
