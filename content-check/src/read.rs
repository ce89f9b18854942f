//! Reads a content file into typed entries with serde, and reports every problem with the file,
//! the item, the field, where it is (line and column) and what is wrong.
//!
//! serde stops at a record's first problem; to report them all in one run, each record is read
//! alone, and a field serde rejects is reported and left out before the record is read again.

use std::fmt;
use std::ops::{Range, RangeInclusive};

use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

use crate::{sentence_count, ContentError, TextField, Words, MAX_QUOTE_WORDS, SOURCE_FILE};

/// Where something is in a file: its line and column, counting from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` of `text`, its column counted in characters.
    pub fn of(text: &str, offset: usize) -> Self {
        let before = &text[..offset.min(text.len())];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Self {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A text field's words: text in quotes, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Words;
        impl Visitor<'_> for Words {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("text in quotes")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text(text.trim().to_owned()))
            }
        }
        deserializer.deserialize_str(Words)
    }
}

/// A count: a whole number above 0, written without quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub usize);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Number;
        impl Visitor<'_> for Number {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number above 0, like 12, without quotes")
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Count, E> {
                match usize::try_from(n) {
                    Ok(n) if n > 0 => Ok(Count(n)),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Signed(n), &self)),
                }
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Count, E> {
                self.visit_i64(i64::try_from(n).unwrap_or(-1))
            }
        }
        deserializer.deserialize_u64(Number)
    }
}

/// A list field's items: a list in square brackets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list in square brackets, like [\"one\", \"two\"]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(List(items))
            }
        }
        deserializer.deserialize_seq(Items(std::marker::PhantomData))
    }
}

/// A field of a record: absent (`None`) until the checker says whether it had to be there.
pub type Field<T> = Option<Spanned<T>>;

/// A record being checked: its name in messages, where it starts, and the fields serde rejected
/// (already reported, so not reported again as missing).
#[derive(Clone)]
pub struct Record {
    pub name: String,
    pub span: Range<usize>,
    pub rejected: Vec<String>,
}

/// Collects the problems found in one file.
pub struct Report<'a> {
    pub file: &'a str,
    text: &'a str,
    pub errors: Vec<ContentError>,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            errors: Vec::new(),
        }
    }

    /// Reports a problem found at byte `span.start` of the file, or found in no one place.
    pub fn add(
        &mut self,
        span: Option<Range<usize>>,
        item: &str,
        field: &str,
        problem: impl Into<String>,
    ) {
        self.errors.push(ContentError {
            file: self.file.to_owned(),
            at: span.map(|span| self.position(span.start)),
            item: item.to_owned(),
            field: field.to_owned(),
            problem: problem.into(),
        });
    }

    pub fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    /// Starts checking `file` (its `text`): parses it, and reads its tables as `Shape`, whose
    /// fields name the tables the file may have, so an unknown one is reported. Gives the
    /// report, and the file as one table unless it is not valid TOML.
    pub fn open<Shape: DeserializeOwned>(
        file: &'a str,
        text: &'a str,
    ) -> (Self, Option<Spanned<DeValue<'a>>>) {
        let mut report = Self::new(file, text);
        let table = report.parse();
        if let Some(table) = &table {
            report.typed::<Shape>("the file", table);
        }
        (report, table)
    }

    /// Parses the file's TOML into one table, or reports where it is broken.
    pub fn parse(&mut self) -> Option<Spanned<DeValue<'a>>> {
        match DeTable::parse(self.text) {
            Ok(table) => Some(Spanned::new(
                table.span(),
                DeValue::Table(table.into_inner()),
            )),
            Err(error) => {
                let problem = format!("not valid TOML: {}", error.message());
                self.add(error.span(), "the file", "-", problem);
                None
            }
        }
    }

    /// Reads `value` as a `T`. Each problem serde finds is reported against the field it is in,
    /// and that field left out before reading again; a problem in no field ends the reading.
    pub fn typed<T: DeserializeOwned>(
        &mut self,
        name: &str,
        value: &Spanned<DeValue<'a>>,
    ) -> Option<(T, Record)> {
        let mut value = value.clone();
        let mut record = Record {
            name: name.to_owned(),
            span: value.span(),
            rejected: Vec::new(),
        };
        loop {
            let error = match T::deserialize(ValueDeserializer::from(value.clone())) {
                Ok(typed) => return Some((typed, record)),
                Err(error) => error,
            };
            let DeValue::Table(table) = value.get_mut() else {
                self.add(error.span(), name, "-", error.message());
                return None;
            };
            let at = error.span().unwrap_or(record.span.clone());
            let field = table
                .iter()
                .find(|(key, entry)| {
                    [key.span(), entry.span()]
                        .iter()
                        .any(|s| s.contains(&at.start))
                })
                .map(|(key, _)| key.get_ref().to_string());
            let Some(field) = field else {
                self.add(Some(at), name, "-", error.message());
                return None;
            };
            // serde names a kind's unknown value a variant; the editor knows it by its field.
            let problem =
                error
                    .message()
                    .replacen("unknown variant", &format!("unknown {field}"), 1);
            self.add(Some(at), name, &field, problem);
            table.remove(field.as_str());
            record.rejected.push(field);
        }
    }

    /// A field that must be there: reported as missing when it is not (unless already reported).
    pub fn required<T>(&mut self, record: &Record, field: &str, value: Field<T>) -> Field<T> {
        if value.is_none() && !record.rejected.iter().any(|rejected| rejected == field) {
            self.add(
                Some(record.span.clone()),
                &record.name,
                field,
                "missing field",
            );
        }
        value
    }

    /// A text field that must be there and hold words.
    pub fn text(&mut self, record: &Record, field: &str, value: Field<Text>) -> Field<String> {
        let value = self.required(record, field, value)?;
        let span = value.span();
        let Text(words) = value.into_inner();
        if words.is_empty() {
            self.add(Some(span), &record.name, field, "is empty");
            return None;
        }
        Some(Spanned::new(span, words))
    }

    /// A text field that must be there and have a number of sentences within `range`.
    pub fn sentences(
        &mut self,
        record: &Record,
        field: &str,
        value: Field<Text>,
        range: RangeInclusive<usize>,
    ) -> Field<String> {
        let text = self.text(record, field, value)?;
        let sentences = sentence_count(text.get_ref());
        if range.contains(&sentences) {
            return Some(text);
        }
        let expected = if range.start() == range.end() {
            range.start().to_string()
        } else {
            format!("{} to {}", range.start(), range.end())
        };
        let problem = format!("has {sentences} sentences, expected {expected}");
        self.add(Some(text.span()), &record.name, field, problem);
        None
    }

    /// A text field that must be there, checked by its rule: with words, as many sentences as
    /// the rule allows, and a closing `?` if it asks a question.
    pub fn checked(
        &mut self,
        record: &Record,
        field: &TextField,
        value: Field<Text>,
    ) -> Field<String> {
        let text = match &field.sentences {
            Some(range) => self.sentences(record, field.name, value, range.clone()),
            None => self.text(record, field.name, value),
        }?;
        if field.asks && !text.get_ref().ends_with('?') {
            let problem = "a prediction asks a question: end it with `?`";
            self.add(Some(text.span()), &record.name, field.name, problem);
            return None;
        }
        Some(text)
    }

    /// A field this item may not have: reported, saying `why`, if it is there.
    pub fn refused<T>(&mut self, record: &Record, field: &str, value: &Field<T>, why: &str) {
        if let Some(value) = value {
            self.add(Some(value.span()), &record.name, field, why);
        }
    }

    /// The `source` field: a short quote copied exactly from one passage of the source article.
    pub fn quote(
        &mut self,
        record: &Record,
        value: Field<Text>,
        source_article: &str,
    ) -> Option<String> {
        self.quote_in(record, "source", value, source_article)
    }

    /// A quote field named `field`: a short quote copied exactly from one passage of the source
    /// article.
    pub fn quote_in(
        &mut self,
        record: &Record,
        field: &str,
        value: Field<Text>,
        source_article: &str,
    ) -> Option<String> {
        let quote = self.text(record, field, value)?;
        let (span, quote) = (quote.span(), quote.into_inner());
        let words = quote.split_whitespace().count();
        let mut problems = Vec::new();
        if words > MAX_QUOTE_WORDS {
            problems.push(format!(
                "quote has {words} words, at most {MAX_QUOTE_WORDS} allowed"
            ));
        }
        if !source_article.contains(quote.as_str()) {
            problems.push(format!("quote is not found word for word in {SOURCE_FILE}"));
        }
        if quote.contains('\n') {
            problems.push("quote runs across two passages of the article; quote from one".into());
        }
        problems.extend(crate::markup::markup_character(&quote));
        for problem in &problems {
            self.add(Some(span.clone()), &record.name, field, problem.as_str());
        }
        problems.is_empty().then_some(quote)
    }

    /// Where byte `offset` of the file is.
    pub fn position(&self, offset: usize) -> Position {
        Position::of(self.text, offset)
    }

    /// An item's checked texts, in its kind's order, with where each is written: one it does
    /// not have (`None`) is empty, at the item's start.
    pub fn words(&self, record: &Record, texts: Vec<Option<Spanned<String>>>) -> Words {
        let (texts, at) = texts
            .into_iter()
            .map(|text| match text {
                Some(text) => (self.position(text.span().start), text.into_inner()),
                None => (self.position(record.span.start), String::new()),
            })
            .map(|(at, text)| (text, at))
            .unzip();
        Words { texts, at }
    }

    /// Says better what is wrong with a field already reported.
    pub fn reword(&mut self, item: &str, field: &str, problem: String) {
        let reported = self
            .errors
            .iter_mut()
            .find(|error| error.item == item && error.field == field);
        if let Some(error) = reported {
            error.problem = problem;
        }
    }

    /// The `[[kind]]` tables of a file, each named for messages by its id (valid and unique, or
    /// reported) or, without one, by its position, each read as a `T`.
    pub fn records<T: DeserializeOwned>(
        &mut self,
        file: &Spanned<DeValue<'a>>,
        kind: &str,
    ) -> Vec<(T, Record)> {
        let items = match file
            .get_ref()
            .get(kind)
            .map(|items| (items.span(), items.get_ref()))
        {
            Some((_, DeValue::Array(items))) => &items[..],
            Some((span, _)) => {
                let problem = format!("must be written as [[{kind}]] tables");
                self.add(Some(span), "the file", kind, problem);
                &[]
            }
            None => {
                let problem = format!("no [[{kind}]] found");
                self.add(Some(file.span()), "the file", kind, problem);
                &[]
            }
        };
        let mut first_use: Vec<(&str, usize)> = Vec::new();
        let mut records = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let id = item
                .get_ref()
                .get("id")
                .and_then(|id| Some((id.span(), id.get_ref().as_str()?.trim())));
            let name = id
                .as_ref()
                .map_or(format!("{kind} #{} (no id)", index + 1), |(_, id)| {
                    format!("{kind} `{id}`")
                });
            if let Some((span, id)) = id {
                if !is_valid_id(id) {
                    let problem =
                        format!("`{id}` must use only lowercase letters, digits and inner hyphens");
                    self.add(Some(span.clone()), &name, "id", problem);
                }
                match first_use.iter().find(|(used, _)| *used == id) {
                    Some((_, first)) => {
                        let problem =
                            format!("duplicate id (already used by {kind} #{})", first + 1);
                        self.add(Some(span), &name, "id", problem);
                    }
                    None => first_use.push((id, index)),
                }
            }
            if let Some(record) = self.typed(&name, item) {
                records.push(record);
            }
        }
        records
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
