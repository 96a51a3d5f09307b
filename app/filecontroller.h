#pragma once
// File handling for the main window: New, Open, Save, Save As, Import and
// Export JSON, the unsaved-changes prompt and the store's error dialogs. A
// failed open or import leaves the current document exactly as it was.

#include <QObject>
#include <QString>

#include "fileidentity.h"
#include "scenario.h"
#include "scenariostore.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QWidget;

namespace asirace {

class RecentFiles;
class ScenarioDocument;
class Settings;

class FileController : public QObject
{
    Q_OBJECT
public:
    enum class SaveChoice { Save, Discard, Cancel };
    // Another program changed the file since it was opened or last saved.
    enum class ChangedChoice { Reload, SaveAs, Overwrite, Cancel };

    FileController(ScenarioDocument *document, Settings *settings, QWidget *window);

    // What the document was reset to from outside (the built-ins at start-up).
    void setSnapshot(std::vector<Scenario> scenarios) { m_snapshot = std::move(scenarios); }

    void setRecentFiles(RecentFiles *recent) { m_recent = recent; }
    // Replaces the "Save changes?" dialog (tests answer it without a user).
    void setUnsavedPrompt(std::function<SaveChoice()> prompt) { m_prompt = std::move(prompt); }
    // Replaces the "file changed on disk" dialog (tests answer it without a user).
    void setChangedOnDiskPrompt(std::function<ChangedChoice()> prompt) { m_changedPrompt = std::move(prompt); }
    // How long an open or import runs before its progress dialog (with Cancel) appears.
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }

    // True when it is fine to drop the document: saved, discarded or unmodified.
    bool maybeSave();

    void newFile();
    void open();
    bool openFile(const QString &path); // asks to save first; error dialog on failure
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void importJson();
    bool importJsonFile(const QString &path);
    void exportJson();
    bool exportJsonTo(const QString &path);

    // File > Import Scenarios from File…: lists another scenario file's
    // scenarios, copies the chosen ones in as one undo step (renaming any whose
    // name is taken). The other file is read as Open reads it and never written.
    void importScenariosFromFile();
    bool importScenariosFromFileAt(const QString &path);
    // Replaces the scenario picker (tests pick without a user): the names to
    // import, empty to cancel.
    using ImportChooser = std::function<QStringList(const std::vector<Scenario> &incoming, const QString &fromFile)>;
    void setImportChooser(ImportChooser chooser) { m_importChooser = std::move(chooser); }
    // Reads another scenario file off the GUI thread with Open's checks; an
    // error dialog and nullopt when it cannot be used. `action` names the use
    // in the dialog title ("Cannot import %1").
    std::optional<std::vector<Scenario>> readOtherFile(const QString &path, const QString &action);

    // Asks for the author name recorded in scenarios this user saves, once
    // (the answer is kept in the settings); without a prompt, the OS user name
    // is used and nothing is asked (tests, scripts).
    void setAuthorPrompt(std::function<QString(const QString &suggested)> prompt) { m_authorPrompt = std::move(prompt); }
    QString author();

signals:
    // Also shown as a dialog; tests and the status bar listen here.
    void errorShown(const QString &title, const QString &message);
    void statusMessage(const QString &message);

private:
    bool load(const QString &path);
    // Runs a store call off the GUI thread; nullopt when the user cancelled.
    std::optional<LoadResult> readInBackground(const QString &label, std::function<LoadResult()> read);
    bool write(const QString &path, const SaveCondition &condition);
    bool resolveChangedOnDisk(const QString &path);
    void showError(const QString &title, const std::string &message, const std::vector<std::string> &details);
    void rememberDirectory(const QString &path);
    void stampModifiedScenarios();

    ScenarioDocument *m_document;
    Settings *m_settings;
    QWidget *m_window;
    RecentFiles *m_recent = nullptr;
    std::function<SaveChoice()> m_prompt;
    std::function<ChangedChoice()> m_changedPrompt;
    ImportChooser m_importChooser;
    std::function<QString(const QString &)> m_authorPrompt;
    // The file as this window last read or wrote it; a save over it first checks it is still that file.
    std::optional<FileIdentity> m_identity;
    int m_progressDelayMs = 300;
    std::vector<Scenario> m_snapshot; // as last opened or saved, to see which scenarios changed
};

} // namespace asirace
