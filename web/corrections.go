package web

import (
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"strconv"

	"github.com/warta-news/warta"
)

// CorrectionRequest is the body of POST /api/corrections: Op "merge" with
// two event ids or two storyline ids, or Op "split" with one article id
// (the article leaves its event) or, with Story set, one event id (the
// event leaves its storyline).
type CorrectionRequest struct {
	Op    string   `json:"op"`
	IDs   []string `json:"ids"`
	Story bool     `json:"story,omitempty"`
}

// Corrector records and undoes analysts' corrections, re-clustering so
// that they show at once. The caller wires it to the pipeline.
type Corrector interface {
	Correct(ctx context.Context, req CorrectionRequest) (warta.Correction, error)
	Undo(ctx context.Context, id int64) error
}

type correctionsBody struct {
	Corrections []warta.Correction `json:"corrections"`
}

type correctionBody struct {
	Correction warta.Correction `json:"correction"`
}

func (s *Server) apiCorrections(w http.ResponseWriter, r *http.Request) {
	cs, err := s.Store.Corrections(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, correctionsBody{cs})
}

// apiAddCorrection takes a JSON body only: a browser sends that cross
// origin only after a preflight this server never grants, so another
// site cannot make a visitor's browser correct the clustering.
func (s *Server) apiAddCorrection(w http.ResponseWriter, r *http.Request) {
	if s.Corrector == nil {
		s.failStatus(w, r, http.StatusMethodNotAllowed, "this server is read-only")
		return
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		s.failStatus(w, r, http.StatusUnsupportedMediaType, "send the correction as application/json")
		return
	}
	var req CorrectionRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		s.fail(w, r, invalidf("correction: %v", err))
		return
	}
	c, err := s.Corrector.Correct(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusCreated, correctionBody{c})
}

func (s *Server) apiDeleteCorrection(w http.ResponseWriter, r *http.Request) {
	if s.Corrector == nil {
		s.failStatus(w, r, http.StatusMethodNotAllowed, "this server is read-only")
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.fail(w, r, invalidf("correction id %q: want a positive number", r.PathValue("id")))
		return
	}
	if err := s.Corrector.Undo(r.Context(), id); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
