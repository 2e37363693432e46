package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/web"
)

// storeCorrector stands in for the pipeline: it stores what it is asked,
// resolving nothing.
type storeCorrector struct{ store warta.Store }

func (c storeCorrector) Correct(ctx context.Context, req web.CorrectionRequest) (warta.Correction, error) {
	corr := warta.Correction{Op: req.Op, Level: warta.LevelEvent, Subject: req.IDs[0]}
	if len(req.IDs) > 1 {
		corr.Object = req.IDs[1]
	}
	return c.store.AddCorrection(ctx, corr)
}

func (c storeCorrector) Undo(ctx context.Context, id int64) error {
	return c.store.DeleteCorrection(ctx, id)
}

func post(t *testing.T, url, contentType, body string) *http.Response {
	t.Helper()
	res, err := http.Post(url, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

func TestAPICorrections(t *testing.T) {
	st := openStore(t)
	ts := newServer(t, &web.Server{Store: st, Corrector: storeCorrector{st}})
	readOnly := newServer(t, &web.Server{Store: st})

	var list struct {
		Corrections []warta.Correction `json:"corrections"`
	}
	res := fetch(t, "GET", ts.URL, "/api/corrections")
	decode(t, "/api/corrections", res.body, &list)
	if res.status != http.StatusOK || list.Corrections == nil || len(list.Corrections) != 0 {
		t.Fatalf("GET /api/corrections = %d %s, want 200 and an empty list", res.status, res.body)
	}

	tests := []struct {
		base, contentType, body string
		want                    int
	}{
		{ts.URL, "application/json", `{"op": "merge", "ids": ["kim-ultah", "putin-kunjungi"]}`, http.StatusCreated},
		{ts.URL, "application/json; charset=utf-8", `{"op": "split", "ids": ["kim-ultah"]}`, http.StatusCreated},
		{ts.URL, "application/x-www-form-urlencoded", `op=merge`, http.StatusUnsupportedMediaType},
		{ts.URL, "text/plain", `{"op": "split", "ids": ["kim-ultah"]}`, http.StatusUnsupportedMediaType},
		{ts.URL, "application/json", `{"op": "split", "ids": ["kim-ultah"], "extra": 1}`, http.StatusBadRequest},
		{ts.URL, "application/json", `{"op": "merge", "ids": ["kim-ultah", "kim-ultah"]}`, http.StatusBadRequest},
		{readOnly.URL, "application/json", `{"op": "split", "ids": ["kim-ultah"]}`, http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		if res := post(t, tt.base+"/api/corrections", tt.contentType, tt.body); res.StatusCode != tt.want {
			t.Errorf("POST /api/corrections (%s) %s = %d, want %d", tt.contentType, tt.body, res.StatusCode, tt.want)
		}
	}
	res = fetch(t, "GET", ts.URL, "/api/corrections")
	decode(t, "/api/corrections", res.body, &list)
	if len(list.Corrections) != 2 || list.Corrections[0].Op != "merge" || list.Corrections[1].Op != "split" {
		t.Fatalf("GET /api/corrections after two posts = %s, want the merge and the split", res.body)
	}
	id := list.Corrections[0].ID
	for _, tt := range []struct {
		base, target string
		want         int
	}{
		{readOnly.URL, "/api/corrections/1", http.StatusMethodNotAllowed},
		{ts.URL, "/api/corrections/x", http.StatusBadRequest},
		{ts.URL, "/api/corrections/" + strconv.FormatInt(id, 10), http.StatusNoContent},
		{ts.URL, "/api/corrections/" + strconv.FormatInt(id, 10), http.StatusNotFound},
	} {
		if res := fetch(t, "DELETE", tt.base, tt.target); res.status != tt.want {
			t.Errorf("DELETE %s = %d, want %d", tt.target, res.status, tt.want)
		}
	}
}
