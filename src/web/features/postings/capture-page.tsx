import { useEffect, useRef, useState } from 'react';
import { uuidv7 } from '../../../core/ids.js';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Textarea } from '../../components/ui/field.js';
import { PageHeader } from '../../components/ui/page.js';
import { errorMessage } from '../../api/client.js';
import type { CapturePostingRequest, PostingPreview } from '../../../contracts/postings.js';
import { readBookmarkletMessage, trimPage } from './model.js';
import { CapturePreview } from './preview.js';
import { usePreviewPosting } from './queries.js';

/**
 * "Add from a posting": paste the posting (or drop a saved page), read it, correct the preview, save.
 * Opened by the bookmarklet, it asks the job page that opened it for the posting and fills the
 * preview from that window's message only; it never saves on its own.
 */
export function CapturePage() {
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [preview, setPreview] = useState<PostingPreview | null>(null);
  const [id, setId] = useState(() => uuidv7());
  const [fromPage, setFromPage] = useState<string | null>(null);
  const read = usePreviewPosting();
  const readRef = useRef(read.mutateAsync);
  readRef.current = read.mutateAsync;

  async function run(body: CapturePostingRequest) {
    setPreview(await readRef.current(body));
  }

  useEffect(() => {
    const opener = window.opener as Window | null;
    if (!opener || !new URLSearchParams(window.location.search).has('from')) return;
    const onMessage = (e: MessageEvent) => {
      // Only the window that opened this page may hand over a posting.
      if (e.source !== opener) return;
      const posting = readBookmarkletMessage(e.data);
      if (!posting) return;
      setText(posting.text);
      setUrl(posting.url);
      setFromPage(posting.title || posting.url);
      void readRef
        .current({ text: posting.text || null, url: posting.url || null, title: posting.title || null, jsonLd: posting.jsonLd })
        .then(setPreview, () => undefined);
    };
    window.addEventListener('message', onMessage);
    opener.postMessage({ type: 'offerbook-capture-ready' }, '*');
    return () => window.removeEventListener('message', onMessage);
  }, []);

  async function onFile(file: File | undefined) {
    if (!file) return;
    const content = await file.text();
    if (/\.html?$/i.test(file.name) || /^\s*</.test(content)) {
      setHtml(trimPage(content));
      setFileName(file.name);
    } else setText(content);
  }

  const canRead = text.trim() !== '' || html !== null;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Add from a posting"
        lead="Paste the job posting or a recruiter's message, or drop a saved page. You check every field before anything is saved."
      />
      {preview ? (
        <CapturePreview
          key={id}
          preview={preview}
          id={id}
          onStartOver={() => {
            setPreview(null);
            setId(uuidv7());
          }}
        />
      ) : (
        <form
          className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-6"
          onSubmit={(e) => {
            e.preventDefault();
            if (canRead && !read.isPending)
              void run({ text: text.trim() ? text : null, html, url: url.trim() || null }).catch(() => undefined);
          }}
        >
          {fromPage && <p className="text-sm text-muted">Reading the page you sent: {fromPage}</p>}
          <Field label="The posting" hint="Select all on the job page, copy, and paste here. A recruiter's e-mail works too.">
            {({ id: fid, describedBy }) => (
              <Textarea
                id={fid}
                aria-describedby={describedBy}
                name="text"
                rows={12}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <Field
            label="Or a saved page (.html)"
            hint={fileName ? `Read from ${fileName}.` : 'Save the job page from your browser, then choose the file.'}
          >
            {({ id: fid, describedBy }) => (
              <Input
                id={fid}
                aria-describedby={describedBy}
                type="file"
                accept=".html,.htm,.txt,text/html,text/plain"
                onChange={(e) => void onFile(e.target.files?.[0])}
              />
            )}
          </Field>
          <Field label="The posting's address (optional)">
            {({ id: fid, describedBy, invalid }) => (
              <Input
                id={fid}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                name="url"
                type="url"
                value={url}
                placeholder="https://"
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
          </Field>
          {read.isError && (
            <p role="alert" className="text-sm text-danger">
              {errorMessage(read.error)}
            </p>
          )}
          <div>
            <Button type="submit" disabled={!canRead || read.isPending}>
              {read.isPending ? 'Reading…' : 'Read the posting'}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
