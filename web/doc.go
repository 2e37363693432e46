// Package web serves Warta over HTTP: a JSON API under /api/ with the same
// shapes as the command line's --json output, and a server-rendered web UI
// for reading storylines, timelines and annotated articles.
//
// The UI is built from html/template pages and one stylesheet, all embedded
// in the binary, so that `warta serve` needs no files beside it and no
// network access for fonts or scripts. Pages work without JavaScript; the
// Content-Security-Policy forbids scripts altogether.
//
// Every failure is reported through one table that maps the error kinds of
// package warta to HTTP status codes (see statusOf). Internal errors are
// logged and replaced by a generic message, so that their text, which may
// name files or SQL, never reaches a client.
package web
