/** What stays in this browser and what goes where: the memory, the warm-start block, the models. */
export function WhereThingsGo() {
  return (
    <section class="card" aria-labelledby="where-title">
      <h2 id="where-title">What stays here, and what goes where</h2>
      <ul class="welcome-list">
        <li>
          <strong>Your memory stays in this browser.</strong> Saved chats, memories and the search index are kept in
          this browser's storage on this computer. Reverie has no server and no account.
        </li>
        <li>
          <strong>The warm-start block goes to the chat site you are typing to</strong>, when you send the message it
          is in: to ChatGPT if you are chatting on ChatGPT, to Claude on Claude. That site then has it, like anything
          else you send there (and it can read the block while it sits in the message box). Whether a site's block may
          hold what you said on other sites is your choice, below.
        </li>
        <li>
          <strong>Models come once from huggingface.co.</strong> The search model (and the dream model, if you allow
          it) is downloaded from Hugging Face's model host, then kept in this browser. Only the model files are
          fetched: nothing you write is sent there. Nothing is downloaded until you agree below.
        </li>
      </ul>
    </section>
  );
}
