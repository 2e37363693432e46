package web_test

import (
	"context"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/web"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestListenAndServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &web.Server{Store: openStore(t)}
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, "127.0.0.1:0", func(addr string) { addrc <- addr }) }()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("ListenAndServe(127.0.0.1:0) = %v before listening", err)
	case <-time.After(10 * time.Second):
		t.Fatal("ListenAndServe(127.0.0.1:0): not listening after 10s")
	}
	if !strings.HasPrefix(addr, "127.0.0.1:") || strings.HasSuffix(addr, ":0") {
		t.Errorf("ListenAndServe(127.0.0.1:0) reported address %q, want 127.0.0.1 and the port it picked", addr)
	}
	res := fetch(t, "GET", "http://"+addr, "/api/stats")
	if res.status != http.StatusOK {
		t.Errorf("GET /api/stats on the running server: status %d, want 200", res.status)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("ListenAndServe after its context ended = %v, want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("ListenAndServe did not return 15s after its context ended")
	}
	if _, err := http.Get("http://" + addr + "/api/stats"); err == nil {
		t.Errorf("GET /api/stats after shutdown succeeded, want the connection refused")
	}
}

func TestListenAndServeBadAddr(t *testing.T) {
	s := &web.Server{Store: openStore(t)}
	for _, addr := range []string{"127.0.0.1:99999", "no-such-host.invalid:80"} {
		called := false
		err := s.ListenAndServe(context.Background(), addr, func(string) { called = true })
		if err == nil || !strings.Contains(err.Error(), addr) {
			t.Errorf("ListenAndServe(%q) = %v, want an error naming the address", addr, err)
		}
		if called {
			t.Errorf("ListenAndServe(%q) called ready without listening", addr)
		}
	}
}

// TestGoldenPages compares whole pages with testdata/*.golden.html.
// Run with -update after an intended change to the templates.
func TestGoldenPages(t *testing.T) {
	ts := newServer(t, &web.Server{Store: openStore(t)})
	pages := []struct{ target, golden string }{
		{"/", "home"},
		{"/stories/st-korea", "story"},
		{"/articles/kim-ultah", "article"},
	}
	for _, p := range pages {
		res := fetch(t, "GET", ts.URL, p.target)
		if res.status != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", p.target, res.status)
			continue
		}
		got := string(res.body)
		path := filepath.Join("testdata", p.golden+".golden.html")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read golden file (run with -update to create it): %v", err)
		}
		if got != string(want) {
			t.Errorf("GET %s differs from %s (run with -update if intended):\n%s", p.target, path, firstDiff(got, string(want)))
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// TestSeedArticles serves the five Indonesian seed articles, as plain
// articles without annotations, and checks that each page shows its text
// and that search finds them.
func TestSeedArticles(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	ctx := context.Background()
	st := openStore(t)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		body := strings.TrimSpace(string(text))
		title, _, _ := strings.Cut(body, "\n")
		if len(title) > 80 {
			title = title[:strings.LastIndex(title[:80], " ")]
		}
		a := &warta.Article{ID: id, Origin: p, Title: title, Body: body, Language: "id",
			Stems: strings.ToLower(body), PublishedSource: warta.SourceNone}
		if _, err := st.PutArticle(ctx, a); err != nil {
			t.Fatalf("put %s: %v", p, err)
		}
	}
	ts := newServer(t, &web.Server{Store: st})
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		res := fetch(t, "GET", ts.URL, "/articles/"+id)
		if res.status != http.StatusOK {
			t.Errorf("GET /articles/%s: status %d, want 200", id, res.status)
		}
		if !strings.Contains(string(res.body), `<div class="article-body">`) {
			t.Errorf("GET /articles/%s: no article body", id)
		}
	}
	res := fetch(t, "GET", ts.URL, "/search?q=pyongyang")
	if !strings.Contains(string(res.body), `<mark class="hl hl-term">Pyongyang</mark>`) {
		t.Errorf("GET /search?q=pyongyang: no highlighted Pyongyang in the snippets")
	}
}
