package cli

import (
	"os"
	"strconv"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress draws an ingest progress bar on a terminal: bytes read, with the
// article count, rate and time left. Off a terminal it draws nothing and
// the command prints a one-line summary instead.
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(m *Main) *progress {
	if m.IsTerminal == nil || !m.IsTerminal() {
		return &progress{}
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(m.Stderr),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionThrottle(100_000_000), // 100 ms
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
	return &progress{bar: bar}
}

// update is a pipeline.Progress.
func (p *progress) update(read, total int64, articles int) {
	if p.bar == nil {
		return
	}
	if total > 0 && p.bar.GetMax64() != total {
		p.bar.ChangeMax64(total)
	}
	p.bar.Describe(strconv.Itoa(articles) + " articles")
	_ = p.bar.Set64(read)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
