package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// File is one input to read: a regular file, or "-" for standard input.
// Size is the file's size in bytes, 0 when unknown (standard input, pipes).
type File struct {
	Path string
	Size int64
}

// Expand resolves paths into Files. A regular file comes back as given; a
// directory is walked recursively in sorted, stable order, skipping files and
// directories whose names start with "."; "-" stands for standard input.
// Symbolic links are followed. A link that leads back to an ancestor
// directory is reported as a loop; a directory or file reached twice through
// different links is listed once. Other special files (devices, sockets) are
// skipped inside directories but kept when named directly, so that a named
// pipe can be read.
//
// Missing paths, unreadable directories, broken links and loops come back as
// *InputError in errs; everything else still comes back in files.
func Expand(paths []string) (files []File, errs []error) {
	w := &walker{seenDirs: make(map[string]bool), seenFiles: make(map[string]bool)}
	for _, p := range paths {
		if p == "-" {
			w.files = append(w.files, File{Path: "-"})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			w.errs = append(w.errs, &InputError{Path: p, Err: pathCause(err)})
			continue
		}
		real := realPath(p)
		switch {
		case fi.IsDir():
			w.dir(p, real, nil)
		case fi.Mode().IsRegular():
			w.file(p, real, fi.Size())
		default:
			w.files = append(w.files, File{Path: p})
		}
	}
	return w.files, w.errs
}

// walker holds the state of one Expand call.
type walker struct {
	files     []File
	errs      []error
	seenDirs  map[string]bool // resolved directory paths already walked
	seenFiles map[string]bool // resolved file paths already listed
}

func (w *walker) file(path, real string, size int64) {
	if w.seenFiles[real] {
		return
	}
	w.seenFiles[real] = true
	w.files = append(w.files, File{Path: path, Size: size})
}

// dir walks the directory shown as path, whose resolved path is real, below
// the resolved ancestors.
func (w *walker) dir(path, real string, ancestors []string) {
	if slices.Contains(ancestors, real) {
		w.errs = append(w.errs, &InputError{Path: path, Err: fmt.Errorf("%w: leads back to %s", ErrLoop, real)})
		return
	}
	if w.seenDirs[real] {
		return
	}
	w.seenDirs[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		w.errs = append(w.errs, &InputError{Path: path, Err: pathCause(err)})
		// ReadDir may still have returned what it read before failing.
	}
	below := append(slices.Clip(ancestors), real)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(path, name)
		childReal := filepath.Join(real, name)
		mode := e.Type()
		var size int64 = -1
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(full)
			if err != nil {
				w.errs = append(w.errs, &InputError{Path: full, Err: fmt.Errorf("broken symbolic link: %w", pathCause(err))})
				continue
			}
			r, err := filepath.EvalSymlinks(full)
			if err != nil {
				w.errs = append(w.errs, &InputError{Path: full, Err: fmt.Errorf("resolve symbolic link: %w", pathCause(err))})
				continue
			}
			childReal, mode, size = r, fi.Mode().Type(), fi.Size()
		}
		switch {
		case mode.IsDir():
			w.dir(full, childReal, below)
		case mode.IsRegular():
			if size < 0 {
				fi, err := e.Info()
				if err != nil {
					w.errs = append(w.errs, &InputError{Path: full, Err: pathCause(err)})
					continue
				}
				size = fi.Size()
			}
			w.file(full, childReal, size)
		}
	}
}

// realPath resolves links in p and makes it absolute, so that two names of
// one directory compare equal. It falls back to the absolute path.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// pathCause strips the operation and path from a *fs.PathError, since
// InputError already names the path: "x.txt: no such file or directory"
// rather than "x.txt: stat x.txt: no such file or directory".
func pathCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
