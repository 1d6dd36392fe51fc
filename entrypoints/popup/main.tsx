import { render } from 'preact';
import { browser } from 'wxt/browser';
import { welcomeUrl } from '../../lib/background/install';
import { createMessagingApi } from '../../lib/ui/api';
import { activeSite } from '../../lib/ui/common/activeSite';
import { Popup } from '../../lib/ui/popup/Popup';
import '../../lib/ui/styles.css';

const root = document.getElementById('app')!;
const api = createMessagingApi();

// The active tab's chat site, if any; a missing tabs API (or a refused query) just means "no site".
void activeSite(browser?.tabs).then((site) => {
  render(
    <Popup
      api={api}
      site={site}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenWelcome={() => void browser.tabs.create({ url: welcomeUrl() })}
    />,
    root,
  );
});
