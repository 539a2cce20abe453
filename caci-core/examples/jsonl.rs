//! Reads JSON Lines documents (`{"doc": ..., "text": ..., "date": ...}`) on standard
//! input and writes their mentions as JSON Lines (`{"doc": ..., "mentions": [...]}`),
//! with code-point offsets as Python and the scoring script count them.
//!
//! `cargo run --release -p caci-core --example jsonl < docs.jsonl > predictions.jsonl`

use caci_core::CharOffsets;
use caci_core::{Date, Gazetteer};
use std::io::{BufRead, Write};

fn main() {
    let g = Gazetteer::default();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for (n, line) in stdin.lock().lines().enumerate() {
        let fail = |msg: String| -> ! {
            eprintln!("error: line {}: {msg}", n + 1);
            std::process::exit(2)
        };
        let line = line.unwrap_or_else(|e| fail(e.to_string()));
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| fail(e.to_string()));
        let text = v["text"].as_str().unwrap_or_else(|| fail("no `text` string".into()));
        let date = v["date"].as_str().map(|d| d.parse::<Date>().unwrap_or_else(|e| fail(e.to_string())));
        let mut conv = CharOffsets::new(text);
        let mentions: Vec<serde_json::Value> = g
            .find_dated(text, date)
            .iter()
            .map(|m| {
                let mut j = serde_json::to_value(m).unwrap_or_default();
                j["start"] = conv.to_char(m.start).into();
                j["end"] = conv.to_char(m.end).into();
                j
            })
            .collect();
        let rec = serde_json::json!({"doc": v["doc"], "mentions": mentions});
        writeln!(out, "{rec}").unwrap_or_else(|e| fail(e.to_string()));
    }
}
