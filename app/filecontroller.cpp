#include "filecontroller.h"

#include "backgroundjob.h"
#include "builtinscenarios.h"
#include "importscenariosdialog.h"
#include "recentfiles.h"
#include "scenariodocument.h"
#include "scenariojson.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"
#include "settings.h"
#include "timestamps.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <nlohmann/json.hpp>

#include <memory>

namespace asirace {
namespace {
const QString kDbFilter = QObject::tr("ASI Race scenario files (*.db);;All files (*)");
const QString kJsonFilter = QObject::tr("JSON scenario documents (*.json);;All files (*)");

QString withSuffix(QString path, const QString &suffix)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

// The scenario's content without its timestamps, to see whether it changed.
nlohmann::json contentOf(Scenario s)
{
    s.created.clear();
    s.modified.clear();
    s.modelVersion.clear(); // running a scenario does not change it
    return scenarioToJson(s);
}
} // namespace

FileController::FileController(ScenarioDocument *document, Settings *settings, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_window(window)
{
    m_prompt = [this] {
        const auto answer = QMessageBox::warning(
            m_window, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them first?").arg(m_document->displayFileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? SaveChoice::Save
               : answer == QMessageBox::Discard ? SaveChoice::Discard
                                                : SaveChoice::Cancel;
    };
    m_changedPrompt = [this] {
        QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                        tr("%1 was changed on disk by another program since you opened it.")
                            .arg(m_document->displayFileName()),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Reload it (your unsaved changes are dropped), save your version under "
                                  "another name, or overwrite the other program's changes?"));
        auto *reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
        auto *saveAs = box.addButton(tr("Save As..."), QMessageBox::AcceptRole);
        auto *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAs);
        box.exec();
        const auto *clicked = box.clickedButton();
        return clicked == reload      ? ChangedChoice::Reload
               : clicked == saveAs    ? ChangedChoice::SaveAs
               : clicked == overwrite ? ChangedChoice::Overwrite
                                      : ChangedChoice::Cancel;
    };
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompt()) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        return false;
    }
    return false;
}

void FileController::newFile()
{
    if (!maybeSave())
        return;
    m_document->reset(builtinScenarios(), {});
    m_snapshot = builtinScenarios();
    m_identity.reset();
    emit statusMessage(tr("New file with the built-in scenarios"));
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario file"), m_settings->lastDirectory(),
                                                      kDbFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return load(path);
}

std::optional<LoadResult> FileController::readInBackground(const QString &label, std::function<LoadResult()> read)
{
    // Shared with the worker: after a Cancel it still writes here, unseen.
    auto result = std::make_shared<LoadResult>();
    if (!runWithProgress(m_window, label, m_progressDelayMs, [result, read = std::move(read)] { *result = read(); })) {
        emit statusMessage(tr("Cancelled; the current document is unchanged"));
        return std::nullopt;
    }
    return std::move(*result);
}

bool FileController::load(const QString &path)
{
    const std::string file = QFileInfo(path).absoluteFilePath().toStdString();
    const auto read = readInBackground(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                                       [file] { return loadScenarioFile(file); });
    if (!read)
        return false;
    const LoadResult &loaded = *read;
    if (!loaded.ok()) {
        // The document stays as it was: nothing of a bad file is shown.
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), loaded.message, loaded.problems);
        return false;
    }
    m_document->reset(loaded.scenarios, QFileInfo(path).absoluteFilePath());
    m_snapshot = loaded.scenarios;
    m_identity = loaded.identity;
    rememberDirectory(path);
    if (m_recent)
        m_recent->add(path);
    QString status = tr("Opened %1: %n scenario(s)", nullptr, int(loaded.scenarios.size())).arg(QFileInfo(path).fileName());
    if (!loaded.warnings.empty())
        status += tr(" (note: %1)").arg(QString::fromStdString(loaded.warnings.front()));
    emit statusMessage(status);
    return true;
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileController::saveAs()
{
    const QString suggested = m_settings->lastDirectory() + QLatin1Char('/') + m_document->displayFileName();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save scenario file"), suggested, kDbFilter);
    if (path.isEmpty())
        return false;
    return saveTo(withSuffix(path, QStringLiteral("db")));
}

bool FileController::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Over the open file: only while it is the file this window read (or last
    // wrote). Elsewhere (Save As), the file dialog has asked about replacing.
    SaveCondition condition;
    if (absolute == m_document->filePath())
        condition.unchangedSince = m_identity;
    return write(absolute, condition);
}

bool FileController::write(const QString &path, const SaveCondition &condition)
{
    stampModifiedScenarios();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const SaveResult saved = saveScenarioFile(absolute.toStdString(), m_document->scenarios(), condition);
    if (saved.conflict == SaveConflict::ChangedOnDisk)
        return resolveChangedOnDisk(absolute);
    if (!saved.ok) {
        showError(tr("Cannot save %1").arg(QFileInfo(path).fileName()), saved.message, saved.problems);
        return false;
    }
    m_document->markSaved(absolute);
    m_snapshot = m_document->scenarios();
    m_identity = saved.identity;
    rememberDirectory(absolute);
    if (m_recent)
        m_recent->add(absolute);
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

// Nothing is written until the user picks: the other program's file stays
// whole, and so do the edits here (unless the user chose to drop them).
bool FileController::resolveChangedOnDisk(const QString &path)
{
    switch (m_changedPrompt()) {
    case ChangedChoice::Reload:
        return load(path);
    case ChangedChoice::SaveAs:
        return saveAs();
    case ChangedChoice::Overwrite:
        return write(path, {});
    case ChangedChoice::Cancel:
        break;
    }
    emit statusMessage(tr("Not saved: %1 was changed on disk").arg(QFileInfo(path).fileName()));
    return false;
}

void FileController::stampModifiedScenarios()
{
    // Scenarios whose content changed since the file was opened or last saved get
    // a new `modified` time; the others keep theirs, so the file tells the truth.
    // A changed scenario without an author gets this user's name.
    const std::string now = currentUtcTimestamp();
    std::optional<std::string> me;
    for (int i = 0; i < m_document->scenarioCount(); ++i) {
        const Scenario &s = m_document->scenario(i);
        bool changed = true;
        for (const auto &old : m_snapshot)
            if (old.name == s.name)
                changed = contentOf(old) != contentOf(s);
        if (changed || s.modified.empty())
            m_document->stampModified(i, now);
        if (changed && s.author.empty()) {
            if (!me)
                me = author().toStdString();
            m_document->stampAuthor(i, *me);
        }
    }
}

void FileController::importJson()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import scenarios from JSON"),
                                                      m_settings->lastDirectory(), kJsonFilter);
    if (!path.isEmpty())
        importJsonFile(path);
}

bool FileController::importJsonFile(const QString &path)
{
    const std::string file = path.toStdString();
    const auto read = readInBackground(tr("Importing %1…").arg(QFileInfo(path).fileName()),
                                       [file] { return importScenariosJson(file); });
    if (!read)
        return false;
    const LoadResult &imported = *read;
    if (!imported.ok()) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()), imported.message, imported.problems);
        return false;
    }
    rememberDirectory(path);
    const QStringList names = m_document->importScenarios(imported.scenarios, QFileInfo(path).fileName());
    emit statusMessage(tr("Imported %1").arg(names.join(QStringLiteral(", "))));
    return true;
}

QString FileController::author()
{
    if (m_settings->hasAuthor() && !m_settings->author().trimmed().isEmpty())
        return m_settings->author().trimmed();
    const QString suggested = Settings::defaultAuthor();
    if (!m_authorPrompt)
        return suggested;
    // Asked once: whatever the answer (an empty one means the suggestion), it is kept.
    QString answer = m_authorPrompt(suggested).trimmed().simplified();
    if (answer.isEmpty())
        answer = suggested;
    m_settings->setAuthor(answer);
    return answer;
}

std::optional<std::vector<Scenario>> FileController::readOtherFile(const QString &path, const QString &action)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!m_document->filePath().isEmpty() && QFileInfo(path).canonicalFilePath() == QFileInfo(m_document->filePath()).canonicalFilePath()) {
        showError(action.arg(fileName), tr("%1 is the file open in this window").arg(fileName).toStdString(), {});
        return std::nullopt;
    }
    const std::string file = QFileInfo(path).absoluteFilePath().toStdString();
    // loadScenarioFile opens read-only and immutable, with every check of Open.
    const auto read = readInBackground(tr("Reading %1…").arg(fileName), [file] { return loadScenarioFile(file); });
    if (!read)
        return std::nullopt;
    if (!read->ok()) {
        showError(action.arg(fileName), read->message, read->problems);
        return std::nullopt;
    }
    rememberDirectory(path);
    return read->scenarios;
}

void FileController::importScenariosFromFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import scenarios from file"),
                                                      m_settings->lastDirectory(), kDbFilter);
    if (!path.isEmpty())
        importScenariosFromFileAt(path);
}

bool FileController::importScenariosFromFileAt(const QString &path)
{
    const auto incoming = readOtherFile(path, tr("Cannot import from %1"));
    if (!incoming)
        return false;
    const QString fromFile = QFileInfo(path).fileName();
    QStringList chosen;
    if (m_importChooser) {
        chosen = m_importChooser(*incoming, fromFile);
    } else {
        ImportScenariosDialog dialog(*incoming, m_document->scenarioNames(), fromFile, m_window);
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.selectedNames();
    }
    std::vector<Scenario> picked;
    for (const auto &s : *incoming)
        if (chosen.contains(QString::fromStdString(s.name)))
            picked.push_back(s);
    if (picked.empty()) {
        emit statusMessage(tr("Nothing imported"));
        return false;
    }
    const QStringList names = m_document->importScenarios(std::move(picked), fromFile);
    emit statusMessage(tr("Imported from %1: %2").arg(fromFile, names.join(QStringLiteral(", "))));
    return true;
}

void FileController::exportJson()
{
    QString base = m_document->displayFileName();
    base = QFileInfo(base).completeBaseName() + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export scenarios as JSON"),
                                                      m_settings->lastDirectory() + QLatin1Char('/') + base, kJsonFilter);
    if (!path.isEmpty())
        exportJsonTo(withSuffix(path, QStringLiteral("json")));
}

bool FileController::exportJsonTo(const QString &path)
{
    const SaveResult saved = exportScenariosJson(path.toStdString(), m_document->scenarios());
    if (!saved.ok) {
        showError(tr("Cannot export %1").arg(QFileInfo(path).fileName()), saved.message, saved.problems);
        return false;
    }
    rememberDirectory(path);
    emit statusMessage(tr("Exported %1").arg(QFileInfo(path).fileName()));
    return true;
}

void FileController::showError(const QString &title, const std::string &message,
                               const std::vector<std::string> &details)
{
    const QString text = QString::fromStdString(message);
    emit errorShown(title, text);
    // Window-modal and non-blocking: the event loop (and the live charts) keep running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The current document is unchanged."));
    if (!details.empty()) {
        // A hostile file can carry 400k problems; laying out all of them would
        // freeze the window for seconds, and nobody reads past the first few hundred.
        constexpr size_t kMaxDetailLines = 500;
        QStringList lines;
        for (size_t i = 0; i < details.size() && i < kMaxDetailLines; ++i)
            lines << QString::fromStdString(details[i]);
        if (details.size() > kMaxDetailLines)
            lines << tr("... and %n more", nullptr, int(details.size() - kMaxDetailLines));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box->open();
}

void FileController::rememberDirectory(const QString &path)
{
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
}

} // namespace asirace
