import { render } from 'preact';
import { browser } from 'wxt/browser';
import { welcomeUrl } from '../../lib/background/install';
import { createMessagingApi } from '../../lib/ui/api';
import { activeChatTab } from '../../lib/ui/common/activeSite';
import { Popup } from '../../lib/ui/popup/Popup';
import '../../lib/ui/styles.css';

const root = document.getElementById('app')!;
const api = createMessagingApi();

// The active tab's chat site, if any; a missing tabs API (or a refused query) just means "no site".
void activeChatTab(browser?.tabs).then(({ site, tabId }) => {
  render(
    <Popup
      api={api}
      site={site}
      tabId={tabId}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenWelcome={() => void browser.tabs.create({ url: welcomeUrl() })}
    />,
    root,
  );
});
