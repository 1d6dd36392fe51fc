export default defineBackground(() => {
  console.log('[reverie] background up');
});
