package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	root := t.TempDir()
	mk := func(rel, content string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mk("b.txt", "b")
	mk("a.txt", "aa")
	mk("sub/z.json", "{}")
	mk("sub/deeper/c.html", "<p>c</p>")
	mk(".hidden.txt", "x")
	mk(".git/config", "x")
	mk("sub/.cache/d.txt", "x")
	link := func(target, rel string) {
		if err := os.Symlink(target, filepath.Join(root, rel)); err != nil {
			t.Skipf("symlinks not supported here: %v", err)
		}
	}
	link("..", "sub/up")                  // a loop back to root
	link("../a.txt", "sub/alias.txt")     // the same file again: listed once
	link("missing.txt", "sub/broken.txt") // dangling
	link("deeper", "sub/deeper-again")    // the same directory again: walked once

	files, errs := Expand([]string{root, filepath.Join(root, "nope.txt"), "-"})

	var got []string
	for _, f := range files {
		if f.Path == "-" {
			got = append(got, "-")
			continue
		}
		rel, _ := filepath.Rel(root, f.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	want := []string{"a.txt", "b.txt", "sub/deeper/c.html", "sub/z.json", "-"}
	if !slices.Equal(got, want) {
		t.Errorf("Expand files = %q, want %q", got, want)
	}
	for _, f := range files {
		if f.Path == filepath.Join(root, "a.txt") && f.Size != 2 {
			t.Errorf("Expand size of a.txt = %d, want 2", f.Size)
		}
	}

	var msgs []string
	for _, err := range errs {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("Expand error %v is %T, want *InputError", err, err)
		}
		msgs = append(msgs, strings.TrimPrefix(err.Error(), root+string(filepath.Separator)))
	}
	wantErrs := []string{
		"sub/broken.txt: broken symbolic link: no such file or directory",
		"sub/up: symbolic link loop: leads back to " + realPath(root),
		"nope.txt: no such file or directory",
	}
	if !slices.Equal(msgs, wantErrs) {
		t.Errorf("Expand errors =\n%q\nwant\n%q", msgs, wantErrs)
	}
	if !errors.Is(errs[1], ErrLoop) {
		t.Errorf("errors.Is(%v, ErrLoop) = false, want true", errs[1])
	}
}

func TestExpandSelfLoop(t *testing.T) {
	root := t.TempDir()
	if err := os.Symlink(".", filepath.Join(root, "self")); err != nil {
		t.Skipf("symlinks not supported here: %v", err)
	}
	files, errs := Expand([]string{root})
	if len(files) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrLoop) {
		t.Errorf("Expand(dir with self link) = %v, %v; want no files and one loop error", files, errs)
	}
}

func TestExpandUnreadableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
	root := t.TempDir()
	locked := filepath.Join(root, "locked")
	if err := os.Mkdir(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	_, errs := Expand([]string{root})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "permission denied") {
		t.Errorf("Expand(unreadable dir) errs = %v, want one permission error", errs)
	}
}
