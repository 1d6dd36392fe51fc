import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
}

/**
 * WAI-ARIA tabs: a tablist of real buttons, arrow keys move between tabs, only the selected tab is in the tab order.
 * The panel content is the children, labelled by the selected tab.
 */
export function Tabs<Id extends string>(props: {
  tabs: TabDef<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  idPrefix: string;
  children: ComponentChildren;
}) {
  const { tabs, selected, onSelect, idPrefix } = props;
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    const target = tabs[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${idPrefix}-tab-${target.id}`)?.focus();
  };

  return (
    <div class="tabs">
      <div class="tablist" role="tablist" ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            key={tab.id}
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        class="tabpanel"
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${selected}`}
      >
        {props.children}
      </div>
    </div>
  );
}
