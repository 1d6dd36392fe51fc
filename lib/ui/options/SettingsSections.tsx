import type { BlockScope, Settings } from '../../settings';
import { SITE_IDS, SITES, type SiteId } from '../../sites';
import { ownEntry } from '../../util/own';
import { BLOCK_SCOPE_CHOICES, BLOCK_SCOPE_OWN, BlockScopeRadios } from '../common/BlockScopeRadios';
import { InsertionRadios } from '../common/InsertionRadios';

/** The plain settings sections. Each change is saved at once through `save`. */

export type SaveSettings = (patch: Partial<Settings>) => Promise<void>;

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

/** A site's own block-scope choice in the sites table: '' follows the choice for every site. */
const SCOPE_OPTIONS: { value: BlockScope; label: string }[] = [
  { value: 'site', label: 'This site only' },
  { value: 'all', label: 'Every site' },
];
const scopeLabel = (scope: BlockScope) => SCOPE_OPTIONS.find((o) => o.value === scope)!.label;

export function ChatsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const toggleInsertionOff = (site: SiteId, off: boolean) => {
    const others = settings.insertionOffSites.filter((s) => s !== site);
    return save({ insertionOffSites: off ? [...others, site] : others });
  };
  // The whole record is saved (a patch replaces it), so going back to the default removes the site's own choice.
  const setSiteScope = (site: SiteId, choice: string) => {
    const own = { ...settings.blockScopeSites };
    const scope = BLOCK_SCOPE_CHOICES.find((c) => c.value === choice)?.value;
    if (scope) own[site] = scope;
    else delete own[site];
    return save({ blockScopeSites: own });
  };
  return (
    <section class="card" aria-labelledby="chats-title">
      <h2 id="chats-title">Memory in your chats</h2>
      <InsertionRadios name="insertion" value={settings.insertion} onChange={(insertion) => save({ insertion })} />
      <BlockScopeRadios name="block-scope" value={settings.blockScope} onChange={(blockScope) => save({ blockScope })} legend="Memory added on a site comes from (unless the site has its own choice below)" />
      <p class="muted small">{BLOCK_SCOPE_OWN}</p>
      <table class="sites-table">
        <caption class="visually-hidden">Per-site choices</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Save chats</th>
            <th scope="col">Add memory</th>
            <th scope="col">Memory from</th>
          </tr>
        </thead>
        <tbody>
          {SITE_IDS.map((site) => (
            <tr key={site}>
              <th scope="row">{SITES[site].name}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Save chats on ${SITES[site].name}`}
                  checked={settings.sites[site]}
                  onChange={(e) => save({ sites: { ...settings.sites, [site]: checked(e) } })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Add memory on ${SITES[site].name}`}
                  checked={!settings.insertionOffSites.includes(site)}
                  disabled={settings.insertion === 'off'}
                  onChange={(e) => toggleInsertionOff(site, !checked(e))}
                />
              </td>
              <td>
                <select
                  aria-label={`Memory on ${SITES[site].name} comes from`}
                  value={ownEntry(settings.blockScopeSites, site) ?? ''}
                  onChange={(e) => setSiteScope(site, (e.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">As above ({scopeLabel(settings.blockScope).toLowerCase()})</option>
                  {SCOPE_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const LAYERS: { key: keyof Settings['budgets']; label: string; hint: string }[] = [
  { key: 'l4', label: 'Profile (always included)', hint: 'Who you are: pinned memories, your preferences and style.' },
  { key: 'l3', label: 'What you work on lately', hint: 'Summaries of the topics you have been busy with.' },
  { key: 'l2', label: 'Your last few chats', hint: 'A line about each recent conversation.' },
  { key: 'l1', label: 'Memories that match your message', hint: 'Found from what you are typing.' },
];

const BUDGET_MIN = 0;
const BUDGET_MAX = 4000;

export function BudgetsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const total = LAYERS.reduce((sum, l) => sum + settings.budgets[l.key], 0);
  return (
    <section class="card" aria-labelledby="budgets-title">
      <h2 id="budgets-title">How much memory to add</h2>
      <p class="muted">
        Sizes are in tokens (about ¾ of a word each). Bigger means more context for the assistant, but longer
        messages. Now: {total} tokens in all.
      </p>
      {LAYERS.map((layer) => (
        <div class="field" key={layer.key}>
          <label for={`budget-${layer.key}`}>{layer.label}</label>
          {/* Uncontrolled, and remade when the stored value changes: a controlled value would be written back over what
              is being typed whenever the page re-renders for something else (the status poll, every 3 s). */}
          <input
            id={`budget-${layer.key}`}
            key={`budget-${layer.key}-${settings.budgets[layer.key]}`}
            type="number"
            min={BUDGET_MIN}
            max={BUDGET_MAX}
            step={50}
            defaultValue={String(settings.budgets[layer.key])}
            onChange={(e) => {
              const value = Number((e.currentTarget as HTMLInputElement).value);
              if (!Number.isFinite(value)) return;
              const clamped = Math.round(Math.min(BUDGET_MAX, Math.max(BUDGET_MIN, value)));
              void save({ budgets: { ...settings.budgets, [layer.key]: clamped } });
            }}
          />
          <span class="hint">{layer.hint}</span>
        </div>
      ))}
    </section>
  );
}

export function DreamSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const dream = settings.dream;
  return (
    <section class="card" aria-labelledby="dream-title">
      <h2 id="dream-title">Dreaming</h2>
      <p class="muted">
        While your computer is idle, Reverie tidies its memory: merges repeats, updates what changed and lets unused
        things fade. You can review every change in the popup's dream diary.
      </p>
      <label class="choice">
        <input type="checkbox" checked={dream.enabled} onChange={(e) => save({ dream: { ...dream, enabled: checked(e) } })} />
        <span>Dream on a schedule</span>
      </label>
      <div class="field">
        <label for="dream-interval">Every (hours)</label>
        {/* Uncontrolled, as the budgets are: a re-render must not write over what is being typed. */}
        <input
          id="dream-interval"
          key={`dream-interval-${dream.intervalHours}`}
          type="number"
          min={1}
          max={168}
          step={1}
          defaultValue={String(dream.intervalHours)}
          disabled={!dream.enabled}
          onChange={(e) => {
            const value = Number((e.currentTarget as HTMLInputElement).value);
            if (!Number.isFinite(value)) return;
            void save({ dream: { ...dream, intervalHours: Math.round(Math.min(168, Math.max(1, value))) } });
          }}
        />
      </div>
      <label class="choice">
        <input type="checkbox" checked={dream.useLlm} onChange={(e) => save({ dream: { ...dream, useLlm: checked(e) } })} />
        <span>
          Use the language model for better summaries
          <span class="hint">Runs on this computer. Without it, simpler built-in rules are used.</span>
        </span>
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={dream.approveInstructions}
          onChange={(e) => save({ dream: { ...dream, approveInstructions: checked(e) } })}
        />
        <span>
          Ask me before using a new standing instruction
          <span class="hint">An instruction learned from your chats (such as "always answer in metric") waits in the diary until you approve it.</span>
        </span>
      </label>
    </section>
  );
}

export function PrivacySection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const redaction = settings.redaction;
  return (
    <section class="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p class="muted">
        Passwords, keys and card numbers are always hidden before anything is saved. You can also hide:
      </p>
      <label class="choice">
        <input
          type="checkbox"
          checked={redaction.email}
          onChange={(e) => save({ redaction: { ...redaction, email: checked(e) } })}
        />
        <span>Email addresses</span>
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={redaction.phone}
          onChange={(e) => save({ redaction: { ...redaction, phone: checked(e) } })}
        />
        <span>Phone numbers</span>
      </label>
    </section>
  );
}
