console.log('[reverie] engine host up');
