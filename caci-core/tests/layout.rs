//! The crate's modules form layers: no module uses, through any chain of `crate::`
//! paths, a module that uses it. In particular the compiled data (`gazetteer`) sits below
//! the operations on it (`find`, `batch`, `files`, `builtin`, `resolve`, `relations`),
//! which each add their own `impl Gazetteer`. Read from the sources, so that a cycle
//! cannot come back unnoticed.

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules `lib.rs` declares, and for each name it re-exports the module it is from
/// (`pub use alias::{Alias, Form};`): `crate::Form` is a use of `alias`.
fn root(lib: &str) -> (BTreeSet<String>, BTreeMap<String, String>) {
    let mut modules = BTreeSet::new();
    let mut reexports = BTreeMap::new();
    for line in lib.lines().map(str::trim) {
        if let Some(m) = line.strip_prefix("pub mod ").or_else(|| line.strip_prefix("mod ")) {
            modules.insert(m.trim_end_matches(';').to_string());
        } else if let Some(rest) = line.strip_prefix("pub use ") {
            let (module, names) = rest.split_once("::").unwrap();
            for name in names.trim_end_matches(';').trim_matches(|c| c == '{' || c == '}').split(',') {
                reexports.insert(name.trim().to_string(), module.to_string());
            }
        }
    }
    (modules, reexports)
}

/// The first names of the `crate::` paths in `code`: `crate::alias::Alias` gives `alias`,
/// `crate::{Date, Gazetteer}` gives `Date` and `Gazetteer`.
fn crate_paths(code: &str) -> Vec<String> {
    let ident = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|s| ident(s.trim())).filter(|s| !s.is_empty()));
        } else {
            out.push(ident(rest));
        }
    }
    out
}

/// Which top-level modules each top-level module uses, outside its unit tests and
/// comments (a doc link is no dependency).
fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let (modules, reexports) = root(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in files {
        let rel = path.strip_prefix(&src).unwrap();
        // `lib.rs` is the root, and a `tests.rs` holds unit tests only.
        if rel == Path::new("lib.rs") || rel.file_name().is_some_and(|f| f == "tests.rs") {
            continue;
        }
        let first = rel.components().next().unwrap().as_os_str().to_str().unwrap();
        let module = first.trim_end_matches(".rs").to_string();
        assert!(modules.contains(&module), "{} is not in a module lib.rs declares", rel.display());
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
        let code: String = code.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
        let used = edges.entry(module.clone()).or_default();
        for name in crate_paths(&code) {
            let target = if modules.contains(&name) {
                name
            } else if let Some(m) = reexports.get(&name) {
                m.clone()
            } else {
                panic!("{}: `crate::{name}` is neither a module nor a re-export of lib.rs", rel.display())
            };
            if target != module {
                used.insert(target);
            }
        }
    }
    edges
}

/// A cycle of `edges`, if any, as the list of modules on it (the first one again last).
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut c = path[at..].to_vec();
            c.push(m.to_string());
            return Some(c);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

#[test]
fn modules_form_layers_without_a_cycle() {
    let edges = edges();
    assert!(edges.len() > 15, "the sources were read: {edges:?}");
    if let Some(c) = cycle(&edges) {
        panic!("the modules use each other in a cycle: {}", c.join(" -> "));
    }
}

#[test]
fn the_compiled_data_is_below_the_operations_on_it() {
    let edges = edges();
    let below = &edges["gazetteer"];
    for op in ["find", "batch", "files", "builtin", "resolve", "relations"] {
        assert!(!below.contains(op), "gazetteer uses `{op}`, an operation on it: {below:?}");
        assert!(edges[op].contains("gazetteer"), "`{op}` is an operation on a gazetteer");
    }
}

#[test]
fn the_reader_sees_paths_and_groups() {
    let code = "use crate::alias::Alias;\nuse crate::{Date, Gazetteer};\nlet x = crate::pool::install(1, f);";
    assert_eq!(crate_paths(code), ["alias", "Date", "Gazetteer", "pool"]);
    let mut e = BTreeMap::new();
    e.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    e.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    assert_eq!(cycle(&e), None);
    e.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycle(&e).unwrap().len(), 4, "a -> b -> c -> a");
}
