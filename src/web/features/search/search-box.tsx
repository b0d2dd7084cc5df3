import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import { buttonClass } from '../../components/ui/button.js';
import { isTypingTarget } from '../../lib/keys.js';

/** The header's search box: `/` focuses it from anywhere (not while typing); Enter opens the results page. */
export function SearchBox() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTypingTarget(e.target) || document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      const el = input.current;
      // On a phone the box is hidden: go to the search page, which focuses its own field.
      if (el && el.offsetParent !== null) el.focus();
      else void navigate({ to: '/search' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const q = text.trim();
    void navigate({ to: '/search', search: q ? { q } : {} });
    input.current?.blur();
    setText('');
  }

  return (
    <>
      <form role="search" onSubmit={submit} className="hidden lg:block">
        <label htmlFor="header-search" className="sr-only">
          Find in your notebook
        </label>
        <div className="relative">
          <Search size={16} aria-hidden="true" className="pointer-events-none absolute left-2.5 top-1/2 -translate-y-1/2 text-muted" />
          <input
            id="header-search"
            ref={input}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') e.currentTarget.blur();
            }}
            placeholder="Find…  /"
            aria-keyshortcuts="/"
            className="h-10 w-40 rounded-lg border border-line-strong bg-surface pl-8 pr-2 text-sm placeholder:text-muted 2xl:w-56"
          />
        </div>
      </form>
      <Link to="/search" className={buttonClass('ghost', 'md', 'px-2.5 lg:hidden')} aria-label="Find in your notebook">
        <Search size={18} aria-hidden="true" />
      </Link>
    </>
  );
}
