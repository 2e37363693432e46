package timex

import (
	"encoding/binary"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"
)

// prefixLen is how many bytes at the start of a window the prefix filter
// reads.
const prefixLen = 8

// maxStates bounds the filter's automaton; past it, the automaton starts
// afresh.
const maxStates = 1 << 14

// ruleSet is a language's compiled rules and a filter that tells, from
// the first bytes of a window alone, which rules cannot match there.
//
// The filter is an automaton built lazily over the rules' programs: a
// state is the set of threads, over all rules, still alive after the
// runes read so far, and the class of the last of them (which decides
// word boundaries). Windows share the states their prefixes reach, so a
// new window costs a few table look-ups.
type ruleSet struct {
	rules []rule
	progs []*syntax.Prog

	mu     sync.Mutex
	start  *dfaState
	states map[string]*dfaState
}

// dfaState is one state of the filter.
type dfaState struct {
	// threads are rule<<16|pc pairs, pc being where a thread waits after
	// reading its last rune (before any empty transition); pc 0xffff
	// marks a rule that has already matched.
	threads []uint32
	prev    rune // representative of the class of the last rune read
	mask    []uint64
	ascii   [utf8.RuneSelf]*dfaState
	other   map[rune]*dfaState
}

const matchedPC = 0xffff

func newRuleSet(rules []rule) *ruleSet {
	s := &ruleSet{rules: rules, progs: make([]*syntax.Prog, len(rules))}
	for i, r := range rules {
		re, err := syntax.Parse(r.re.String(), syntax.Perl)
		if err == nil {
			s.progs[i], err = syntax.Compile(re.Simplify())
		}
		if err != nil || len(s.progs[i].Inst) >= matchedPC {
			s.progs[i] = nil // no filter: always tried
		}
	}
	s.reset()
	return s
}

func (s *ruleSet) reset() {
	s.states = map[string]*dfaState{}
	var threads []uint32
	for i, p := range s.progs {
		if p != nil {
			threads = append(threads, uint32(i)<<16|uint32(p.Start))
		}
	}
	s.start = s.state(threads, -1)
}

// state returns the state of threads after rune class prev, making it
// when new.
func (s *ruleSet) state(threads []uint32, prev rune) *dfaState {
	key := make([]byte, 4, 4+4*len(threads))
	binary.LittleEndian.PutUint32(key, uint32(prev))
	for _, t := range threads {
		key = binary.LittleEndian.AppendUint32(key, t)
	}
	if st, ok := s.states[string(key)]; ok {
		return st
	}
	st := &dfaState{threads: threads, prev: prev, mask: make([]uint64, (len(s.rules)+63)/64)}
	for i, p := range s.progs {
		if p == nil {
			st.mask[i/64] |= 1 << (i % 64)
		}
	}
	// a rule may match if one of its threads can go on whatever rune
	// comes next
	seen := map[uint32]bool{}
	for _, t := range threads {
		rule := t >> 16
		if t&0xffff == matchedPC || s.closure(nil, rule, t&0xffff, prev, -2, seen) != nil {
			st.mask[rule/64] |= 1 << (rule % 64)
		}
	}
	s.states[string(key)] = st
	return st
}

// closure appends to out the rune instructions of rule reachable from pc
// by empty transitions between runes before and after (-2: unknown,
// when any assertion on it is taken to hold), and matchedPC when the
// match instruction is reachable.
func (s *ruleSet) closure(out []uint32, rule, pc uint32, before, after rune, seen map[uint32]bool) []uint32 {
	k := rule<<16 | pc
	if seen[k] {
		return out
	}
	seen[k] = true
	in := &s.progs[rule].Inst[pc]
	switch in.Op {
	case syntax.InstFail:
		return out
	case syntax.InstMatch:
		return append(out, rule<<16|matchedPC)
	case syntax.InstAlt, syntax.InstAltMatch:
		out = s.closure(out, rule, in.Out, before, after, seen)
		return s.closure(out, rule, in.Arg, before, after, seen)
	case syntax.InstCapture, syntax.InstNop:
		return s.closure(out, rule, in.Out, before, after, seen)
	case syntax.InstEmptyWidth:
		op := syntax.EmptyOp(in.Arg)
		if after == -2 {
			// only the assertions on the rune before can be told
			op &= syntax.EmptyBeginLine | syntax.EmptyBeginText
			ctx := syntax.EmptyOpContext(before, 'a') & (syntax.EmptyBeginLine | syntax.EmptyBeginText)
			if op&^ctx != 0 {
				return out
			}
		} else if op&^syntax.EmptyOpContext(before, after) != 0 {
			return out
		}
		return s.closure(out, rule, in.Out, before, after, seen)
	}
	return append(out, k)
}

// step returns the state after st reads rune r.
func (s *ruleSet) step(st *dfaState, r rune) *dfaState {
	if r < utf8.RuneSelf && r >= 0 {
		if n := st.ascii[r]; n != nil {
			return n
		}
	} else if n, ok := st.other[r]; ok {
		return n
	}
	var next []uint32
	seen := map[uint32]bool{}
	for _, t := range st.threads {
		rule, pc := t>>16, t&0xffff
		if pc == matchedPC {
			next = append(next, t)
			continue
		}
		for _, c := range s.closure(nil, rule, pc, st.prev, r, seen) {
			if c&0xffff == matchedPC {
				next = append(next, c)
				continue
			}
			in := &s.progs[rule].Inst[c&0xffff]
			if in.MatchRune(r) {
				next = append(next, rule<<16|in.Out)
			}
		}
	}
	slices.Sort(next)
	next = slices.Compact(next)
	prev := rune(' ')
	switch {
	case r == '\n':
		prev = '\n'
	case syntax.IsWordChar(r):
		prev = 'a'
	}
	n := s.state(next, prev)
	if r < utf8.RuneSelf && r >= 0 {
		st.ascii[r] = n
	} else {
		if st.other == nil {
			st.other = map[rune]*dfaState{}
		}
		st.other[r] = n
	}
	return n
}

// candidates returns the bit set of the rules that may match at the start
// of window, or nil (every rule may) for a window no longer than
// prefixLen.
func (s *ruleSet) candidates(window string) []uint64 {
	if len(window) <= prefixLen {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.states) > maxStates {
		s.reset()
	}
	st := s.start
	for i := 0; i < prefixLen && len(st.threads) > 0; {
		r, w := utf8.DecodeRuneInString(window[i:])
		st = s.step(st, r)
		i += w
	}
	return st.mask
}
