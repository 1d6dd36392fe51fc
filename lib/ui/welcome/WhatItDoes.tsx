import { SITE_IDS, SITES } from '../../sites';

/** What Reverie does, in three lines: it saves chats, learns while you are away, and offers a warm start. */
export function WhatItDoes() {
  const sites = SITE_IDS.map((id) => SITES[id].name);
  return (
    <section class="card" aria-labelledby="what-title">
      <h2 id="what-title">What Reverie does</h2>
      <ul class="welcome-list">
        <li>
          <strong>It saves your chats</strong> on {sites.slice(0, -1).join(', ')} and {sites[sites.length - 1]}: what you
          write and the answers, as you chat. You can pause it, or switch a site off, from Reverie's toolbar button.
        </li>
        <li>
          <strong>It learns while you are away.</strong> When the computer is idle, Reverie tidies its memory: it merges
          repeats, notes what you prefer and lets old details fade. The dream diary in the toolbar button lists every
          change, and you can undo each one.
        </li>
        <li>
          <strong>It offers a warm start.</strong> In a new chat, Reverie can put a short block at the start of your
          message with what it remembers that fits. You see it in the message box, you can keep it or delete it, and it
          is sent only if you send the message.
        </li>
      </ul>
    </section>
  );
}
