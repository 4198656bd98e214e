// The chat dock of every workspace (issue 7): builds the outbox (per environment and user), the hub
// connection and the chat pane, keeps the dock title's unread count, and shows desktop
// notifications (through WorkspaceContext::notifier, U10) for new messages and important events while the
// window is not active; clicking one opens the conversation.
#pragma once

#include "ui/workspacecontext.h"

namespace tutorhub::ui::chat {

// Registers the chat dock with the page registry (app/workspaces.cpp), and the "messages" page: a
// full-size chat pane on the dock's connection.
void registerDock(PageRegistry &registry);
// The dock for the signed-in user of `context`; nullptr without a session.
QDockWidget *createChatDock(const WorkspaceContext &context, QMainWindow *window);

} // namespace tutorhub::ui::chat
