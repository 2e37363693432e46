package web_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
	"github.com/warta-news/warta/web"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// startServer runs the server with ListenAndServe on a free loopback port
// until the test ends, and returns its base URL.
func startServer(t *testing.T, s *web.Server) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, "127.0.0.1:0", func(addr string) { addrc <- addr }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ListenAndServe: %v", err)
		}
	})
	select {
	case addr := <-addrc:
		return "http://" + addr
	case err := <-done:
		t.Fatalf("ListenAndServe: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("ListenAndServe: not listening after 10s")
	}
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and returns a
// context for driving one tab of it.
func newBrowser(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser test needs Chromium at %s (Debian: apt-get install chromium): %v", chromiumPath, err)
	}
	// A fresh profile. Not t.TempDir: Chromium's helper processes may
	// still write into it for a moment after the browser exits, which
	// t.TempDir's cleanup reports as a failure.
	profile, err := os.MkdirTemp("", "warta-chromium-")
	if err != nil {
		t.Fatalf("make profile directory: %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1200, 900),
	}
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		// Wait for Chromium to exit before its profile directory is removed.
		if c := chromedp.FromContext(tabCtx); c != nil && c.Allocator != nil {
			c.Allocator.Wait()
		}
		cancelTimeout()
		for range 20 {
			if err = os.RemoveAll(profile); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("remove profile directory: %v", err)
	})
	// Start the browser now, so that a failure to start reads as such.
	if err := chromedp.Run(tabCtx); err != nil {
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	return tabCtx
}

// screenshot saves the page as PNG into $WARTA_SCREENSHOTS, when set, so
// that a person can look at what the test saw.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("WARTA_SCREENSHOTS")
	if dir == "" {
		return
	}
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
	}
}

// texts returns the trimmed text of every element matching selector.
func texts(selector string, out *[]string) chromedp.Action {
	return chromedp.Evaluate(`Array.from(document.querySelectorAll(`+jsString(selector)+`), e => e.textContent.trim())`, out)
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// TestBrowser clicks through the UI in a real headless Chromium: from the
// storyline list to a storyline, on to an article with its highlights, then
// a search from the search box.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t, 2*time.Minute)
	base := startServer(t, &web.Server{Store: openStore(t)})

	run := func(step string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("%s: timed out: %v", step, err)
			}
			t.Fatalf("%s: %v", step, err)
		}
	}

	// The home page lists the storylines.
	var stories []string
	run("load /",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible("ol.story-list", chromedp.ByQuery),
		texts("a.story-title", &stories),
	)
	if want := []string{"Korea Utara dan Rusia makin dekat", "Banjir Jakarta 2025"}; !slices.Equal(stories, want) {
		t.Errorf("home page storylines = %q, want %q", stories, want)
	}
	screenshot(t, ctx, "home")

	// A storyline shows its timeline and its events in date order.
	var loc string
	var timeline, events []string
	run("open a storyline",
		chromedp.Click(`a.story-title[href="/stories/st-korea"]`, chromedp.ByQuery),
		chromedp.WaitVisible("ol.timeline-list", chromedp.ByQuery),
		chromedp.Location(&loc),
		texts(".timeline-event .title", &timeline),
		texts(".event-list .event h3", &events),
	)
	if want := base + "/stories/st-korea"; loc != want {
		t.Errorf("after clicking the storyline, location = %q, want %q", loc, want)
	}
	if want := []string{"Putin kunjungi Pyongyang", "Kim kirim ucapan ulang tahun ke Putin"}; !slices.Equal(timeline, want) {
		t.Errorf("storyline timeline = %q, want %q", timeline, want)
	}
	if want := []string{"2024-06-19 Putin kunjungi Pyongyang", "2024-10-08 Kim kirim ucapan ulang tahun ke Putin"}; !slices.Equal(events, want) {
		t.Errorf("storyline events = %q, want %q", events, want)
	}
	screenshot(t, ctx, "story")

	// An article shows its body with entities, dates and quotes highlighted.
	var title string
	var persons, places, dates, quotes []string
	run("open an article",
		chromedp.Click(`.event-list a[href="/articles/kim-ultah"]`, chromedp.ByQuery),
		chromedp.WaitVisible(".article-body", chromedp.ByQuery),
		chromedp.Text("h1", &title, chromedp.ByQuery),
		texts(".article-body mark.hl-person", &persons),
		texts(".article-body mark.hl-loc", &places),
		texts(".article-body mark.hl-timex", &dates),
		texts(".article-body .hl-quote", &quotes),
	)
	if want := "Kim Jong Un kirim ucapan ulang tahun untuk Putin"; title != want {
		t.Errorf("article heading = %q, want %q", title, want)
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"people", persons, []string{"Kim Jong Un", "Vladimir Putin"}},
		{"places", places, []string{"Pyongyang", "Korea Utara"}},
		{"dates", dates, []string{"Selasa (8/10/2024)"}},
		{"quotes", quotes, []string{"Hubungan kita tak terkalahkan"}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("article highlights %s = %q, want %q", c.what, c.got, c.want)
		}
	}
	screenshot(t, ctx, "article")

	// The search box on every page finds articles and marks the words.
	var results, terms []string
	var query string
	run("search from the search box",
		chromedp.SendKeys("#q", "banjir jakarta", chromedp.ByQuery),
		chromedp.Click("form.search-box button", chromedp.ByQuery),
		chromedp.WaitVisible("ol.results", chromedp.ByQuery),
		chromedp.Location(&loc),
		chromedp.Value("#q", &query, chromedp.ByQuery),
		texts("a.result-title", &results),
		texts(".snippet mark.hl-term", &terms),
	)
	if !strings.HasPrefix(loc, base+"/search?q=banjir") {
		t.Errorf("after searching, location = %q, want %s/search?q=banjir…", loc, base)
	}
	if query != "banjir jakarta" {
		t.Errorf("after searching, the search box shows %q, want %q", query, "banjir jakarta")
	}
	if len(results) == 0 || results[0] != "Banjir rendam Jakarta Utara" {
		t.Errorf("search results = %q, want %q first", results, "Banjir rendam Jakarta Utara")
	}
	if slices.ContainsFunc(results, func(s string) bool { return strings.Contains(s, "Putin") }) {
		t.Errorf("search results = %q, want none about Putin", results)
	}
	if !slices.ContainsFunc(terms, func(s string) bool { return strings.EqualFold(s, "banjir") }) {
		t.Errorf("search snippet marks = %q, want banjir marked", terms)
	}
	screenshot(t, ctx, "search")

	// A phone-sized window still shows the article readably: the body is
	// not squeezed beside the annotations.
	var bodyWidth float64
	run("phone layout",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(base+"/articles/kim-ultah"),
		chromedp.WaitVisible(".article-body", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('.article-body').getBoundingClientRect().width`, &bodyWidth),
	)
	if bodyWidth < 300 {
		t.Errorf("on a 390px wide screen the article body is %.0fpx wide, want at least 300", bodyWidth)
	}
	screenshot(t, ctx, "article-phone")
}

// TestBrowserTimeline checks the storyline page's time axis in a real
// headless Chromium, with the timeline stage building the timeline: one
// mark per dated entry, in the lane of its kind, linking to its entry, and
// evidence links that open the article with the sentence highlighted.
func TestBrowserTimeline(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t, 2*time.Minute)
	store := openStore(t)
	base := startServer(t, &web.Server{Store: store,
		Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
			return pipeline.Timeline(ctx, store, storyID, query)
		}})
	run := func(step string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}

	var marks, entries, kinds []string
	var marksInLane bool
	run("open the storyline",
		chromedp.Navigate(base+"/stories/st-korea"),
		chromedp.WaitVisible("#time-axis svg", chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('#time-axis a.mark'), a => a.getAttribute('href'))`, &marks),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('.timeline-event'), li => '#' + li.id)`, &entries),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('#time-axis a.mark'), a => a.getAttribute('class'))`, &kinds),
		// Every mark sits on the lane of its kind.
		chromedp.Evaluate(`Array.from(document.querySelectorAll('#time-axis a.mark')).every(a => {
			const kind = a.getAttribute('class').replace('mark kind-', '');
			const lane = document.querySelector('#time-axis .lane-' + kind + ' line');
			return lane && a.querySelector('circle').getAttribute('cy') === lane.getAttribute('y1');
		})`, &marksInLane),
	)
	if len(marks) == 0 || !slices.Equal(marks, entries[:len(marks)]) {
		t.Errorf("axis marks link to %q, want the dated entries %q", marks, entries)
	}
	if !marksInLane {
		t.Errorf("some axis marks are not on the lane of their kind (%q)", kinds)
	}
	screenshot(t, ctx, "story-axis")

	// A mark leads to its entry; the entry's evidence link opens the
	// article with the sentence highlighted.
	var loc, evidence, date string
	run("follow a mark and its evidence",
		chromedp.Click(`#time-axis a.mark[href="#entry-2"]`, chromedp.ByQuery),
		chromedp.Location(&loc),
		chromedp.Click(`#entry-2 a.evidence`, chromedp.ByQuery),
		chromedp.WaitVisible("mark.hl-evidence", chromedp.ByQuery),
		chromedp.Text("mark.hl-evidence", &evidence, chromedp.ByQuery),
		chromedp.Text("mark.hl-evidence mark.hl-timex", &date, chromedp.ByQuery),
	)
	if !strings.HasSuffix(loc, "#entry-2") {
		t.Errorf("after clicking the mark, location = %q, want …#entry-2", loc)
	}
	if !strings.Contains(evidence, "mengirim pesan ulang tahun") || date != "Selasa (8/10/2024)" {
		t.Errorf("highlighted evidence = %q with date %q, want the birthday message sentence and its date", evidence, date)
	}
	screenshot(t, ctx, "article-evidence")
}
