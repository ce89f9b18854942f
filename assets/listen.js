// Read aloud for Just a Plant?: the widget's Listen buttons speak through this script, which the
// widget fetches from its own files once it is on screen (so it is not part of the first load).
// A press reads the sentences of the blocks of class jap-read in the button's region that show on
// screen, one utterance each, with the browser's own speech, marking the one being read with the
// highlight jap-reading (the CSS Custom Highlight API: a range over the words, no element; a
// browser without it speaks with no mark; the region carries data-reading meanwhile, for the
// mark's style), the button pressed and saying its data-stop words; a second press, the button
// leaving the page, or the widget asking (stop) ends it. Only a voice of the device itself
// (localService) may speak: some browsers' network voices send the text to a vendor's server.
// It tells the page (the event just-a-plant-voices) when it is ready and whenever the voices
// change.
(() => {
  const READING = 'jap-reading';
  /// The attribute of the region being read, within which the highlight's style applies.
  const REGION = 'data-reading';
  const speech = () => window.speechSynthesis;
  /// The page's highlights, where the browser has them.
  const highlights = () => (typeof Highlight === 'function' ? window.CSS?.highlights : undefined);

  /// The sentences of `block`, as ranges over its words: each run up to a `.`, `?` or `!`
  /// followed by a space, or to the end (the rule the content checker counts sentences by).
  function sentencesOf(block) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const pieces = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ node, from: text.length });
      text += node.data;
    }
    /// The text node and offset in it of the character at `offset`, or just after it (`after`).
    const point = (offset, after) => {
      const piece = pieces.findLast(({ from }) => (after ? from < offset : from <= offset));
      return [piece.node, offset - piece.from];
    };
    return [...text.matchAll(/\S[^]*?(?=(?<=[.?!])\s|\s*$)/g)].map((match) => {
      const range = new Range();
      range.setStart(...point(match.index, false));
      range.setEnd(...point(match.index + match[0].length, true));
      return range;
    });
  }

  /// A voice of the device itself that speaks the language coded `code`, if there is one.
  function localVoice(code) {
    const voices = speech()?.getVoices() ?? [];
    return voices.find((voice) => {
      const lang = String(voice.lang).toLowerCase();
      return voice.localService === true && (lang === code || lang.startsWith(`${code}-`) || lang.startsWith(`${code}_`));
    });
  }

  /// Shows `button` reading, or not: pressed, and the words of its data-stop or data-listen.
  function show(button, reading) {
    button.setAttribute('aria-pressed', String(reading));
    const words = reading ? button.dataset.stop : button.dataset.listen;
    // Its text node is the widget's own: its words change, the node stays.
    if (button.firstChild) button.firstChild.data = words;
  }

  /// The reading under way: its button, its region, its utterances, and the watcher that ends it
  /// when the button leaves the page.
  let current = null;

  /// Ends `reading`, once: its handlers let go first (the speech reports a stop as an error,
  /// after them), then its mark and, if it was stopped while still speaking, the speech; its
  /// button says Listen again.
  function end(reading, stopped) {
    if (reading !== current) return;
    current = null;
    reading.watcher.disconnect();
    for (const utterance of reading.spoken) utterance.onstart = utterance.onend = utterance.onerror = null;
    highlights()?.delete(READING);
    reading.region.removeAttribute(REGION);
    if (stopped) speech()?.cancel();
    show(reading.button, false);
  }

  /// Reads the sentences of the blocks of `region` that show (none hidden, none in a closed
  /// details but its summary) in the language coded `code`, for `button`.
  function read(button, region, code) {
    const voice = localVoice(code);
    const sentences = [...region.querySelectorAll('.jap-read')]
      .filter((block) => block.getClientRects().length > 0 && !block.closest('details:not([open]) > :not(summary)'))
      .flatMap(sentencesOf);
    if (!voice || sentences.length === 0) return;
    // Another reading on the page, this widget's or not, ends before this one starts.
    speech().cancel();
    const reading = { button, region, spoken: [], watcher: new MutationObserver(() => button.isConnected || end(reading, true)) };
    current = reading;
    reading.watcher.observe(button.getRootNode(), { childList: true, subtree: true });
    show(button, true);
    region.setAttribute(REGION, '');
    sentences.forEach((sentence, index) => {
      const utterance = new window.SpeechSynthesisUtterance(sentence.toString());
      utterance.voice = voice;
      utterance.lang = code;
      utterance.onstart = () => highlights()?.set(READING, new Highlight(sentence));
      utterance.onend = utterance.onerror = () => {
        highlights()?.delete(READING);
        if (index === sentences.length - 1) end(reading, false);
      };
      reading.spoken.push(utterance);
      speech().speak(utterance);
    });
  }

  const ready = () => window.dispatchEvent(new Event('just-a-plant-voices'));
  window.justAPlantListen = {
    speaks: (code) => localVoice(code) !== undefined,
    /// A press of the Listen button `event` came from, for the sentences of `region`.
    toggle(event, region, code) {
      const button = event.target.closest('.jap-listen');
      const mine = current?.button === button;
      if (current) end(current, true);
      if (!mine) read(button, region, code);
    },
    /// Ends a reading whose button is inside `scope`.
    stop(scope) {
      if (current && scope.contains(current.button)) end(current, true);
    },
  };
  speech()?.addEventListener('voiceschanged', ready);
  ready();
})();
