package timex

import (
	"regexp/syntax"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// prefixLen is how many bytes at the start of a window the prefix filter
// reads.
const prefixLen = 8

// maxPrefixes bounds how many prefixes a rule set remembers; past it, the
// filter is computed afresh for each new prefix.
const maxPrefixes = 1 << 17

// ruleSet is a language's compiled rules and a filter that tells, from
// the first bytes of a window alone, which rules cannot match there.
type ruleSet struct {
	rules []rule
	progs []*syntax.Prog
	// masks maps a window prefix to the bit set of the rules that may
	// match a window starting with it.
	masks sync.Map
	n     atomic.Int64
}

func newRuleSet(rules []rule) *ruleSet {
	s := &ruleSet{rules: rules, progs: make([]*syntax.Prog, len(rules))}
	for i, r := range rules {
		re, err := syntax.Parse(r.re.String(), syntax.Perl)
		if err == nil {
			s.progs[i], err = syntax.Compile(re.Simplify())
		}
		if err != nil {
			s.progs[i] = nil // no filter: always tried
		}
	}
	return s
}

// candidates returns the bit set of the rules that may match at the start
// of window. Windows no longer than prefixLen try every rule whose first
// byte fits.
func (s *ruleSet) candidates(window string) []uint64 {
	if len(window) <= prefixLen {
		return nil
	}
	p := window[:prefixLen]
	if v, ok := s.masks.Load(p); ok {
		return v.([]uint64)
	}
	mask := make([]uint64, (len(s.rules)+63)/64)
	for i, prog := range s.progs {
		if prog == nil || mayMatch(prog, p) {
			mask[i/64] |= 1 << (i % 64)
		}
	}
	if s.n.Load() < maxPrefixes {
		if _, loaded := s.masks.LoadOrStore(strings.Clone(p), mask); !loaded {
			s.n.Add(1)
		}
	}
	return mask
}

// mayMatch reports whether some text starting with prefix (and longer
// than it) could hold a match of prog beginning at its first byte. It
// runs the program's threads over the whole runes of prefix; an
// empty-width assertion that depends on the rune after them is taken as
// true, so the answer errs only towards yes.
func mayMatch(prog *syntax.Prog, prefix string) bool {
	var cur, next []uint32
	seen := make([]bool, len(prog.Inst))
	prev := rune(-1)
	// add follows the empty transitions from pc, given the runes before
	// and after the position (after is -2 when unknown).
	var add func(list []uint32, pc uint32, before, after rune) ([]uint32, bool)
	add = func(list []uint32, pc uint32, before, after rune) ([]uint32, bool) {
		if seen[pc] {
			return list, false
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstFail:
			return list, false
		case syntax.InstMatch:
			return list, true
		case syntax.InstAlt, syntax.InstAltMatch:
			list, ok := add(list, in.Out, before, after)
			if ok {
				return list, true
			}
			return add(list, in.Arg, before, after)
		case syntax.InstCapture, syntax.InstNop:
			return add(list, in.Out, before, after)
		case syntax.InstEmptyWidth:
			if after != -2 {
				if syntax.EmptyOp(in.Arg)&^syntax.EmptyOpContext(before, after) != 0 {
					return list, false
				}
			} else if !emptyMayHold(syntax.EmptyOp(in.Arg), before) {
				return list, false
			}
			return add(list, in.Out, before, after)
		}
		return append(list, pc), false
	}
	i := 0
	first, w := rune(-2), 0
	if utf8.FullRuneInString(prefix) {
		first, w = utf8.DecodeRuneInString(prefix)
	}
	cur, ok := add(cur, uint32(prog.Start), prev, first)
	if ok {
		return true
	}
	for first != -2 {
		r := first
		i += w
		first, w = -2, 0
		if utf8.FullRuneInString(prefix[i:]) && i < len(prefix) {
			first, w = utf8.DecodeRuneInString(prefix[i:])
		}
		clear(seen)
		next = next[:0]
		for _, pc := range cur {
			in := &prog.Inst[pc]
			if !in.MatchRune(r) {
				continue
			}
			if next, ok = add(next, in.Out, r, first); ok {
				return true
			}
		}
		if len(next) == 0 {
			return false
		}
		cur, next = next, cur
		prev = r
	}
	return len(cur) > 0
}

// emptyMayHold reports whether the assertions op can hold at a position
// after rune before, whatever rune follows.
func emptyMayHold(op syntax.EmptyOp, before rune) bool {
	if op&(syntax.EmptyBeginText|syntax.EmptyBeginLine) != 0 && before != -1 && !(op&syntax.EmptyBeginText == 0 && before == '\n') {
		return false
	}
	return true
}
