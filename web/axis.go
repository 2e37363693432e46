package web

import (
	"fmt"
	"slices"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/timeline"
)

// Layout of the time axis, in SVG user units.
const (
	axisWidth   = 900
	axisMargin  = 40  // left and right, room for the first and last label
	axisLaneGap = 34  // between the lanes of the three kinds
	axisTop     = 22  // above the first lane
	axisMaxGap  = 120 // days: a longer quiet spell is drawn this long, with a break mark
	minLabelGap = 70  // between two date labels
)

// axisLanes are the kinds, top to bottom.
var axisLanes = []string{warta.KindBackground, warta.KindReported, warta.KindScheduled}

// axisView is a server-drawn SVG time axis of a timeline: one mark per
// dated entry, placed by date in the lane of its kind, sized by its
// independent sources, linking to the entry in the list below.
type axisView struct {
	Width, Height int
	BaseY         int // the y of the date line
	TickEnd       int // the y where tick marks end, below the date line
	Lanes         []axisLane
	Marks         []axisMark
	Ticks         []axisTick
	Breaks        []int // x of the quiet spells drawn shorter than they were
}

type axisLane struct {
	Kind  string
	Y     int
	Label string
}

type axisMark struct {
	X, Y, R     int
	Kind, Date  string
	Title       string
	Anchor      string // id of the entry in the list
	Independent int
}

type axisTick struct {
	X     int
	Label string
}

// newAxis lays out the dated entries of tl. Dates are placed by their
// first day; gaps longer than axisMaxGap days are shortened to it, so that
// a 1961 treaty does not squeeze the months the story happened in. It
// returns nil when no entry is dated.
func newAxis(events []warta.TimelineEvent) *axisView {
	type dated struct {
		i     int
		start time.Time
	}
	var ds []dated
	for i, ev := range events {
		if start, _, _, ok := timeline.Period(ev.Date); ok {
			ds = append(ds, dated{i, start})
		}
	}
	if len(ds) == 0 {
		return nil
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return a.start.Compare(b.start) })

	// Positions on a shortened time line, in days.
	pos := make([]float64, len(ds))
	var breaks []float64
	for k := 1; k < len(ds); k++ {
		gap := ds[k].start.Sub(ds[k-1].start).Hours() / 24
		if gap > axisMaxGap {
			breaks = append(breaks, pos[k-1]+axisMaxGap/2)
			gap = axisMaxGap
		}
		pos[k] = pos[k-1] + gap
	}
	span := pos[len(pos)-1]
	x := func(p float64) int {
		if span == 0 {
			return axisWidth / 2
		}
		return axisMargin + int(p/span*float64(axisWidth-2*axisMargin)+0.5)
	}

	a := &axisView{Width: axisWidth}
	laneY := map[string]int{}
	for i, kind := range axisLanes {
		y := axisTop + i*axisLaneGap
		laneY[kind] = y
		a.Lanes = append(a.Lanes, axisLane{Kind: kind, Y: y, Label: kind})
	}
	a.BaseY = axisTop + len(axisLanes)*axisLaneGap - axisLaneGap/2
	a.Height = a.BaseY + 28
	a.TickEnd = a.BaseY + 5
	lastLabel := -minLabelGap
	for k, d := range ds {
		ev := events[d.i]
		y, ok := laneY[ev.Kind]
		if !ok {
			y = laneY[warta.KindReported]
		}
		a.Marks = append(a.Marks, axisMark{
			X: x(pos[k]), Y: y, R: 4 + 2*min(max(ev.IndependentSources, 1), 4),
			Kind: ev.Kind, Date: ev.Date, Title: ev.Title, Anchor: entryAnchor(d.i),
			Independent: ev.IndependentSources,
		})
		if x(pos[k])-lastLabel >= minLabelGap {
			label := d.start.Format("Jan 2006")
			if _, _, precision, _ := timeline.Period(ev.Date); precision == warta.PrecisionYear {
				label = d.start.Format("2006")
			}
			a.Ticks = append(a.Ticks, axisTick{X: x(pos[k]), Label: label})
			lastLabel = x(pos[k])
		}
	}
	for _, b := range breaks {
		a.Breaks = append(a.Breaks, x(b))
	}
	return a
}

// entryAnchor is the id of the i-th entry of a timeline list.
func entryAnchor(i int) string { return fmt.Sprintf("entry-%d", i+1) }
